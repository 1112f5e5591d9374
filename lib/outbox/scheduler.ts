import 'server-only';
import { getDb } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { outboxHandlers } from './handlers';
import { processOutbox } from './worker';

// Runs the outbox inside each app instance: every few seconds, and right after a commit that wrote a
// row (kick). Several instances are safe (rows are claimed with SKIP LOCKED); one pass at a time here.

const INTERVAL_MS = 5_000;
const state = Symbol.for('audio-tai-loc.outbox');
type GlobalWithOutbox = typeof globalThis & {
  [state]?: { running: boolean; timer?: NodeJS.Timeout; kick?: NodeJS.Timeout };
};

/** Kicks within this window share one pass: a burst of orders costs one pass, not one per order. */
const KICK_DELAY_MS = 300;

function slot() {
  const g = globalThis as GlobalWithOutbox;
  g[state] ??= { running: false };
  return g[state];
}

export async function runOutboxOnce(): Promise<{ sent: number; failed: number } | null> {
  const s = slot();
  if (s.running) return null;
  s.running = true;
  try {
    const db = await getDb();
    return await processOutbox(db, outboxHandlers(db));
  } catch (err) {
    logger.error({ err }, 'outbox pass failed');
    return null;
  } finally {
    s.running = false;
  }
}

/** After a commit that queued work: start a pass now rather than at the next tick. Never throws. */
export function kickOutbox(): void {
  const s = slot();
  if (s.kick) return;
  s.kick = setTimeout(() => {
    s.kick = undefined;
    void runOutboxOnce();
  }, KICK_DELAY_MS);
  s.kick.unref();
}

export function startOutboxWorker(): void {
  const s = slot();
  if (s.timer) return;
  s.timer = setInterval(() => void runOutboxOnce(), INTERVAL_MS);
  s.timer.unref();
  logger.info({ intervalMs: INTERVAL_MS }, 'outbox worker started');
}
