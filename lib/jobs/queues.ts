import 'server-only';
import { type JobsOptions, Queue } from 'bullmq';
import { MAX_ATTEMPTS } from '@/lib/outbox/deliver';
import { bullConnection, bullPrefix } from './connection';

// One Queue object per queue name and process, kept on globalThis (Next bundles server code more than once).

export const SCHEDULED_QUEUE = 'scheduled';

/** Outbox jobs: the row counts attempts too; BullMQ's back-off spaces them (30 s, 1 min, 2 min …). */
export const OUTBOX_JOB_OPTIONS: JobsOptions = {
  attempts: MAX_ATTEMPTS,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: true,
  // Failed jobs stay a week for /admin/jobs (retry or discard).
  removeOnFail: { age: 7 * 24 * 3600 },
};

const key = Symbol.for('audio-tai-loc.queues');
type GlobalWithQueues = typeof globalThis & { [key]?: Map<string, Queue> };

function registry(): Map<string, Queue> {
  const g = globalThis as GlobalWithQueues;
  g[key] ??= new Map();
  return g[key];
}

export function getQueue(name: string): Queue {
  const queues = registry();
  let queue = queues.get(name);
  if (!queue) {
    queue = new Queue(name, { connection: bullConnection(), prefix: bullPrefix() });
    // Errors surface on the calls; without a listener a reconnect would print an unhandled 'error' event.
    queue.on('error', () => {});
    queues.set(name, queue);
  }
  return queue;
}

export async function closeQueues(): Promise<void> {
  const queues = registry();
  await Promise.allSettled([...queues.values()].map((q) => q.close()));
  queues.clear();
}
