import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { jobsAvailable } from '@/lib/jobs/connection';
import { relayOutbox } from '@/lib/jobs/relay';
import { logger } from '@/lib/log/logger';
import { isRedisUnavailable } from '@/lib/redis/errors';
import { outboxHandlers } from './handlers';
import { processOutbox } from './worker';

// Moves committed outbox rows on, from inside each app instance: right after a commit that wrote one
// (kick) and on a timer for anything a kick missed. With TCP Redis the rows go to the job queue (the
// relay) and the queue's workers send them; without it, or while Redis cannot take them, this process
// sends them itself. Both paths lease each row, so they can run side by side on several instances.

const RELAY_INTERVAL_MS = 2_000;
const DIRECT_INTERVAL_MS = 5_000;
/** Kicks within this window share one pass: a burst of orders costs one pass, not one per order. */
const KICK_DELAY_MS = 100;

const state = Symbol.for('audio-tai-loc.outbox');
type GlobalWithOutbox = typeof globalThis & {
  [state]?: { running: boolean; timer?: NodeJS.Timeout; kick?: NodeJS.Timeout; stopped?: boolean };
};

function slot() {
  const g = globalThis as GlobalWithOutbox;
  g[state] ??= { running: false };
  return g[state];
}

export type OutboxPass = { relayed: number } | { sent: number; failed: number };

/** Sends due rows in this process (no queue): the embedded database, no TCP Redis, the cron route. */
export async function runOutboxDirect(limit = 100): Promise<{ sent: number; failed: number }> {
  const db = await getDb();
  return processOutbox(db, outboxHandlers(db), limit, { leaseSeconds: getEnv().OUTBOX_LEASE_SECONDS });
}

export async function runOutboxOnce(): Promise<OutboxPass | null> {
  const s = slot();
  if (s.running || s.stopped) return null;
  s.running = true;
  try {
    if (jobsAvailable()) {
      try {
        // A row still pending a lease after its hand-over lost its job (Redis lost it, or a worker died
        // holding it): hand it over again.
        const requeueAfterSeconds = getEnv().OUTBOX_LEASE_SECONDS;
        return { relayed: await relayOutbox(await getDb(), { requeueAfterSeconds }) };
      } catch (err) {
        if (!isRedisUnavailable(err) && !isRedisConnectionError(err)) throw err;
        logger.warn({ err }, 'job queue unreachable: sending the outbox from this process');
      }
    }
    return await runOutboxDirect();
  } catch (err) {
    logger.error({ err }, 'outbox pass failed');
    return null;
  } finally {
    s.running = false;
  }
}

function isRedisConnectionError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return (
    (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code)) ||
    (err instanceof Error && /Connection is closed|Stream isn't writeable|max retries/i.test(err.message))
  );
}

/** After a commit that queued work: start a pass now rather than at the next tick. Never throws. */
export function kickOutbox(): void {
  const s = slot();
  if (s.kick || s.stopped) return;
  s.kick = setTimeout(() => {
    s.kick = undefined;
    void runOutboxOnce();
  }, KICK_DELAY_MS);
  s.kick.unref();
}

export function startOutboxWorker(): void {
  const s = slot();
  if (s.timer) return;
  const intervalMs = jobsAvailable() ? RELAY_INTERVAL_MS : DIRECT_INTERVAL_MS;
  s.timer = setInterval(() => void runOutboxOnce(), intervalMs);
  s.timer.unref();
  logger.info({ intervalMs, mode: jobsAvailable() ? 'relay to the job queue' : 'in-process' }, 'outbox started');
}

/** Shutdown: no new passes; waits for a running one (at most `timeoutMs`). */
export async function stopOutbox(timeoutMs: number): Promise<void> {
  const s = slot();
  s.stopped = true;
  if (s.timer) clearInterval(s.timer);
  if (s.kick) clearTimeout(s.kick);
  const deadline = Date.now() + timeoutMs;
  while (s.running && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
}
