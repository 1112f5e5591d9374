import 'server-only';
import { getDb } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { runDueErasures } from './erasure';
import { type PurgeResult, purgeExpiredData } from './retention';

// The personal-data jobs inside each app instance, hourly: erasures whose grace period is over, then the
// retention purge. Several instances are safe (erasures are claimed with SKIP LOCKED, the purge is idempotent);
// one pass at a time here. POST /api/cron/privacy runs a pass for an external scheduler.

const INTERVAL_MS = 60 * 60 * 1000;
const state = Symbol.for('audio-tai-loc.privacy');
type GlobalWithPrivacy = typeof globalThis & { [state]?: { running: boolean; timer?: NodeJS.Timeout } };

function slot() {
  const g = globalThis as GlobalWithPrivacy;
  g[state] ??= { running: false };
  return g[state];
}

export type PrivacyPass = { erasures: { done: number; postponed: number }; purge: PurgeResult };

export async function runPrivacyOnce(now = new Date()): Promise<PrivacyPass | null> {
  const s = slot();
  if (s.running) return null;
  s.running = true;
  try {
    const db = await getDb();
    const erasures = await runDueErasures(db, now);
    const purge = await purgeExpiredData(db, now);
    logger.info({ erasures, purge }, 'personal-data pass');
    return { erasures, purge };
  } catch (err) {
    logger.error({ err }, 'personal-data pass failed');
    return null;
  } finally {
    s.running = false;
  }
}

export function startPrivacyWorker(): void {
  const s = slot();
  if (s.timer) return;
  s.timer = setInterval(() => void runPrivacyOnce(), INTERVAL_MS);
  s.timer.unref();
  logger.info({ intervalMs: INTERVAL_MS }, 'personal-data jobs started');
}
