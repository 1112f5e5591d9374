import 'server-only';
import { closeDatabase } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { installGracefulShutdown, onShutdownClose, onShutdownStop } from '@/lib/lifecycle/shutdown';
import { logger } from '@/lib/log/logger';
import { startOutboxWorker, stopOutbox } from '@/lib/outbox/scheduler';
import { startExpiryWorker, stopExpiryWorker } from '@/lib/payments/expiry-scheduler';
import { closeRedis } from '@/lib/redis/client';
import { jobsAvailable } from './connection';
import { closeQueues } from './queues';
import { startJobWorkers, stopJobWorkers } from './workers';

// What an instance (or the stand-alone worker process, scripts/jobs-worker.ts) runs beside serving requests,
// and how it stops. With TCP Redis: the outbox relay, and (OUTBOX_WORKER) the queue's workers, which also
// run the scheduled jobs. Without: the outbox and the expiry sweep on timers in this process.

/** `ownSignals`: a process of our own (no Next server) handles SIGTERM itself whatever NEXT_MANUAL_SIG_HANDLE says. */
export async function startBackgroundWork(options: { relay?: boolean; ownSignals?: boolean } = {}): Promise<void> {
  const env = getEnv();
  installGracefulShutdown({
    drainSeconds: env.SHUTDOWN_DRAIN_SECONDS,
    manualSignals: options.ownSignals || Boolean(env.NEXT_MANUAL_SIG_HANDLE),
    production: env.NODE_ENV === 'production',
  });
  if (options.relay !== false) {
    startOutboxWorker();
    onShutdownStop('outbox relay', (ms) => stopOutbox(ms));
  }
  if (jobsAvailable()) {
    if (env.OUTBOX_WORKER) {
      try {
        await startJobWorkers();
      } catch (err) {
        // Redis down at start: the relay falls back to sending in-process until the next start.
        logger.error({ err }, 'job workers could not start');
      }
      onShutdownStop('job workers', (ms) => stopJobWorkers(ms));
    }
  } else if (env.EXPIRY_WORKER) {
    startExpiryWorker();
    onShutdownStop('expiry sweep', async () => stopExpiryWorker());
  }
  onShutdownClose('job queues', () => closeQueues());
  onShutdownClose('database', () => closeDatabase());
  onShutdownClose('redis', () => closeRedis());
}
