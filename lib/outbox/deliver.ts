import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { type OutboxRow, outbox } from '@/db/schema';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import type { Db } from '@/lib/db/types';
import { logger } from '@/lib/log/logger';

// Carries out one outbox row: lease it, run its handler (send the e-mail), mark it sent. No transaction
// is open while the message goes out, so a commit lost to a database restart can no longer undo a send:
//   1. claim  – one UPDATE sets a lease (until + token) on a pending row whose lease is free or expired;
//   2. send   – the handler reads what it needs and hands the message to the transport, with a Message-ID
//               that depends only on the row, so a repeat is recognisable downstream;
//   3. mark   – one UPDATE sets 'sent' where the token is still ours. On a connection error (PostgreSQL
//               restarting, failing over) it is retried with back-off for most of the lease.
// What remains is at-least-once: a worker killed between 2 and 3, or a database down for longer than
// the lease, leaves a sent row pending; after the lease it is claimed and sent again (same Message-ID).

export type OutboxHandler = (payload: Record<string, unknown>, row: OutboxRow, db: Db) => Promise<void>;
export type OutboxHandlers = Record<string, OutboxHandler>;

export const MAX_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

export type DeliverOptions = {
  leaseSeconds: number;
  /** Waits between retries of the mark; tests shorten them. */
  markRetryDelaysMs?: number[];
};

export type DeliverOutcome =
  | { outcome: 'sent'; row: OutboxRow }
  | { outcome: 'failed'; row: OutboxRow; dead: boolean; error: unknown; retryInMs: number }
  /** Nothing to do here: already sent or dead, leased by another worker, or gone. */
  | { outcome: 'skipped'; reason: 'done' | 'leased' | 'missing' };

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Leases the row if it is pending and free; returns it with its attempt counted, or why not. */
export async function claimOutboxRow(
  db: Db,
  id: number,
  leaseSeconds: number,
): Promise<{ row: OutboxRow; token: string } | { reason: 'done' | 'leased' | 'missing' }> {
  const token = randomUUID();
  const [row] = await db
    .update(outbox)
    .set({
      leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
      leaseToken: token,
      attempts: sql`${outbox.attempts} + 1`,
    })
    .where(
      and(
        eq(outbox.id, id),
        eq(outbox.status, 'pending'),
        sql`(${outbox.leaseUntil} is null or ${outbox.leaseUntil} < now())`,
      ),
    )
    .returning();
  if (row) return { row, token };
  const [current] = await db.select({ status: outbox.status }).from(outbox).where(eq(outbox.id, id)).limit(1);
  if (!current) return { reason: 'missing' };
  return { reason: current.status === 'pending' ? 'leased' : 'done' };
}

/** Runs `write` until it succeeds, retrying only connection errors, after each of `delays`. */
async function withConnectionRetry<T>(what: string, delays: number[], write: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await write();
    } catch (err) {
      const delay = delays[i];
      if (!isDatabaseUnavailable(err) || delay === undefined) throw err;
      logger.warn({ err, retryInMs: delay }, `${what}: database unavailable, retrying`);
      await sleep(delay);
    }
  }
}

/** 0.25 s, 0.5 s, 1 s, 2 s, then every 2 s: enough to ride out a restart, within most of the lease. */
export function markRetryDelays(leaseSeconds: number): number[] {
  const delays: number[] = [];
  let total = 0;
  for (let d = 250; total + d < leaseSeconds * 750; d = Math.min(d * 2, 2_000)) {
    delays.push(d);
    total += d;
  }
  return delays;
}

async function markSent(db: Db, id: number, token: string, delays: number[]): Promise<void> {
  await withConnectionRetry('outbox mark sent', delays, async () => {
    const done = await db
      .update(outbox)
      .set({ status: 'sent', sentAt: sql`now()`, lastError: null, leaseUntil: null, leaseToken: null })
      .where(and(eq(outbox.id, id), eq(outbox.leaseToken, token)))
      .returning({ id: outbox.id });
    if (done.length > 0) return;
    // A retry after a commit whose answer was lost finds the row already marked: that is success.
    const [row] = await db.select({ status: outbox.status }).from(outbox).where(eq(outbox.id, id)).limit(1);
    if (row?.status === 'sent') return;
    logger.error({ outboxId: id }, 'outbox row sent but its lease was lost before it could be marked');
  });
}

async function markFailed(db: Db, row: OutboxRow, token: string, err: unknown, delays: number[]) {
  const dead = row.attempts >= MAX_ATTEMPTS;
  const retryInMs = backoffMs(row.attempts);
  const message = err instanceof Error ? err.message : String(err);
  await withConnectionRetry('outbox mark failed', delays, () =>
    db
      .update(outbox)
      .set({
        status: dead ? 'dead' : 'pending',
        lastError: message.slice(0, 1000),
        nextAttemptAt: sql`now() + make_interval(secs => ${retryInMs / 1000})`,
        leaseUntil: null,
        leaseToken: null,
      })
      .where(and(eq(outbox.id, row.id), eq(outbox.leaseToken, token))),
  );
  return { dead, retryInMs };
}

export async function deliverOutboxRow(
  db: Db,
  id: number,
  handlers: OutboxHandlers,
  options: DeliverOptions,
): Promise<DeliverOutcome> {
  const claimed = await claimOutboxRow(db, id, options.leaseSeconds);
  if ('reason' in claimed) return { outcome: 'skipped', reason: claimed.reason };
  const { row, token } = claimed;
  const delays = options.markRetryDelaysMs ?? markRetryDelays(options.leaseSeconds);
  const handler = handlers[row.kind];
  try {
    if (!handler) throw new Error(`no outbox handler for kind "${row.kind}"`);
    await handler(row.payload, row, db);
  } catch (err) {
    const { dead, retryInMs } = await markFailed(db, row, token, err, delays);
    logger[dead ? 'error' : 'warn'](
      { err, outboxId: row.id, kind: row.kind, attempts: row.attempts },
      'outbox row failed',
    );
    return { outcome: 'failed', row, dead, error: err, retryInMs };
  }
  await markSent(db, row.id, token, delays);
  logger.debug({ outboxId: row.id, kind: row.kind }, 'outbox row done');
  return { outcome: 'sent', row };
}
