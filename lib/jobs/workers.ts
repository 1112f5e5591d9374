import 'server-only';
import { type Job, UnrecoverableError, Worker } from 'bullmq';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { deliverOutboxRow } from '@/lib/outbox/deliver';
import { outboxHandlers } from '@/lib/outbox/handlers';
import { CHANNELS } from './channels';
import { bullConnection, bullPrefix } from './connection';
import { getQueue, SCHEDULED_QUEUE } from './queues';
import { runScheduledJob, SCHEDULES } from './scheduled';

// The workers of this instance: one per notification channel (bounded concurrency, the channel's rate
// limit, retries with back-off from the job options) and one for scheduled jobs. Stopping them (SIGTERM)
// takes no new jobs and waits for the running ones; a job cut short keeps its outbox lease until it
// expires, and its row is then relayed again.

const outboxJob = z.object({ outboxId: z.number().int().positive() });

async function processOutboxJob(job: Job): Promise<string> {
  const { outboxId } = outboxJob.parse(job.data);
  const db = await getDb();
  const result = await deliverOutboxRow(db, outboxId, outboxHandlers(db), {
    leaseSeconds: getEnv().OUTBOX_LEASE_SECONDS,
  });
  if (result.outcome === 'failed') {
    const message = result.error instanceof Error ? result.error.message : String(result.error);
    // The row decides: dead after its last attempt, whatever BullMQ's own count says.
    throw result.dead ? new UnrecoverableError(message) : new Error(message);
  }
  return result.outcome === 'sent' ? 'sent' : `skipped:${result.reason}`;
}

const key = Symbol.for('audio-tai-loc.workers');
type GlobalWithWorkers = typeof globalThis & { [key]?: Worker[] };

export async function startJobWorkers(): Promise<void> {
  const g = globalThis as GlobalWithWorkers;
  if (g[key]) return;
  const env = getEnv();
  const connection = bullConnection();
  const prefix = bullPrefix();
  const workers: Worker[] = [];
  for (const channel of CHANNELS) {
    const limit = channel.rateLimit(env);
    workers.push(
      new Worker(channel.queueName, processOutboxJob, {
        connection,
        prefix,
        concurrency: channel.concurrency(env),
        limiter: { max: limit.max, duration: limit.durationMs },
        // A send longer than this is a hung connection: the job is retried, the lease guards the row.
        lockDuration: Math.max(30_000, env.OUTBOX_LEASE_SECONDS * 1000),
      }),
    );
  }
  workers.push(new Worker(SCHEDULED_QUEUE, (job) => runScheduledJob(job.name), { connection, prefix, concurrency: 2 }));
  for (const worker of workers) {
    worker.on('error', (err) => logger.warn({ err: { name: err.name, message: err.message } }, 'job worker error'));
    worker.on('failed', (job, err) =>
      logger.warn({ queue: worker.name, jobId: job?.id, err: { message: err.message } }, 'job failed'),
    );
  }
  g[key] = workers;
  // Repeating jobs are stored once in Redis whichever instance upserts them.
  const scheduled = getQueue(SCHEDULED_QUEUE);
  for (const schedule of SCHEDULES) {
    if (schedule.enabled && !schedule.enabled(env)) continue;
    await scheduled.upsertJobScheduler(schedule.name, { every: schedule.everyMs }, { name: schedule.name });
  }
  logger.info({ queues: workers.map((w) => w.name) }, 'job workers started');
}

/** Stops taking jobs and waits for running ones, at most `timeoutMs`; then forces the close. */
export async function stopJobWorkers(timeoutMs: number): Promise<void> {
  const g = globalThis as GlobalWithWorkers;
  const workers = g[key];
  if (!workers) return;
  g[key] = undefined;
  await Promise.all(
    workers.map(async (worker) => {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<'timeout'>((r) => {
        timer = setTimeout(() => r('timeout'), timeoutMs);
      });
      const outcome = await Promise.race([worker.close().then(() => 'closed' as const), timedOut]);
      clearTimeout(timer);
      if (outcome === 'timeout') await worker.close(true).catch(() => {});
    }),
  );
}
