import 'server-only';
import type { Env } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { runExpiryOnce } from '@/lib/payments/expiry-scheduler';
import { warmCaches } from './cache-warmup';

// Scheduled work, as repeatable BullMQ jobs: one run per period across all instances, instead of a timer
// in each. A new kind of scheduled work (a sale starting or ending, back-in-stock notices) is one entry
// here and one case in runScheduledJob.

export type ScheduleName = 'expire-payments' | 'cache-warmup';

export type Schedule = { name: ScheduleName; everyMs: number; enabled?: (env: Env) => boolean };

export const SCHEDULES: readonly Schedule[] = [
  { name: 'expire-payments', everyMs: 60_000, enabled: (env) => env.EXPIRY_WORKER },
  { name: 'cache-warmup', everyMs: 30 * 60_000, enabled: (env) => env.CACHE_WARMUP },
];

export async function runScheduledJob(name: string): Promise<unknown> {
  switch (name as ScheduleName) {
    case 'expire-payments':
      return runExpiryOnce();
    case 'cache-warmup':
      return warmCaches();
    default:
      logger.error({ name }, 'unknown scheduled job');
      return null;
  }
}
