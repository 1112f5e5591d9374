import type { Client } from 'pg';

// How far e-mail trails checkout: every `everyMs`, the age of the oldest order confirmation still pending
// in the outbox (straight from the database, like the other checks). The target is that it stays under
// 10 s while buyers place orders at the checkout's peak, on one instance.

export type EmailLag = { maxAgeSeconds: number; maxPending: number; samples: number };

export type EmailLagSampler = { stop: () => Promise<EmailLag>; current: () => EmailLag };

async function sample(client: Client): Promise<{ age: number; pending: number }> {
  const { rows } = await client.query<{ age: number | null; pending: number }>(
    `select extract(epoch from now() - min(created_at))::float8 as age, count(*)::int as pending
       from outbox where status = 'pending' and kind = 'order_confirmation_email'`,
  );
  return { age: rows[0]?.age ?? 0, pending: rows[0]?.pending ?? 0 };
}

export function sampleEmailLag(client: Client, everyMs = 500): EmailLagSampler {
  const lag: EmailLag = { maxAgeSeconds: 0, maxPending: 0, samples: 0 };
  let running = true;
  const loop = (async () => {
    while (running) {
      const { age, pending } = await sample(client);
      lag.maxAgeSeconds = Math.max(lag.maxAgeSeconds, Math.round(age * 10) / 10);
      lag.maxPending = Math.max(lag.maxPending, pending);
      lag.samples += 1;
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    current: () => ({ ...lag }),
    stop: async () => {
      running = false;
      await loop;
      return { ...lag };
    },
  };
}

/** After the load: waits (at most `timeoutMs`) until no confirmation is pending; returns how long it took. */
export async function waitForEmailDrain(client: Client, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if ((await sample(client)).pending === 0) return (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}
