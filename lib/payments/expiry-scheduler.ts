import 'server-only';
import { getDb } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { metrics } from '@/lib/metrics/registry';
import { afterCommit } from './after-commit';
import { type ExpireResult, expireOverdueOrders } from './expire';

// Runs the expiry sweep inside each app instance once a minute, like the outbox worker. Several
// instances are safe (SKIP LOCKED); one sweep at a time in this one. A grace period after the window
// lets a notification for a payment made at the last second arrive before the order expires.

const INTERVAL_MS = 60_000;
export const EXPIRY_GRACE_SECONDS = 120;

const state = Symbol.for('audio-tai-loc.expiry');
type GlobalWithExpiry = typeof globalThis & { [state]?: { running: boolean; timer?: NodeJS.Timeout } };

function slot() {
  const g = globalThis as GlobalWithExpiry;
  g[state] ??= { running: false };
  return g[state];
}

export async function runExpiryOnce(): Promise<ExpireResult | null> {
  const s = slot();
  if (s.running) return null;
  s.running = true;
  try {
    const result = await expireOverdueOrders(await getDb(), { graceSeconds: EXPIRY_GRACE_SECONDS });
    if (result.expired.length > 0) {
      metrics().ordersExpired.inc(result.expired.length);
      logger.info({ orders: result.expired }, 'unpaid orders expired, stock released');
      await afterCommit.stockChanged(result.releasedProducts);
    }
    return result;
  } catch (err) {
    logger.error({ err }, 'expiry sweep failed');
    return null;
  } finally {
    s.running = false;
  }
}

export function startExpiryWorker(): void {
  const s = slot();
  if (s.timer) return;
  s.timer = setInterval(() => void runExpiryOnce(), INTERVAL_MS);
  s.timer.unref();
  logger.info({ intervalMs: INTERVAL_MS }, 'payment expiry sweep started');
}

export function stopExpiryWorker(): void {
  const s = slot();
  if (s.timer) clearInterval(s.timer);
  s.timer = undefined;
}
