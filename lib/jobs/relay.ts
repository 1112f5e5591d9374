import 'server-only';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { outbox } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { logger } from '@/lib/log/logger';
import { channelForKind, outboxJobId } from './channels';
import { getQueue, OUTBOX_JOB_OPTIONS } from './queues';

// The relay hands committed outbox rows to the job queue. The outbox stays the source of truth: a row is
// handed over when it was never handed over, and again when it is still pending `requeueAfterSeconds`
// after the last hand-over (its job was lost with Redis, or failed on an infrastructure error). The job
// id is derived from the row, so handing over a row whose job still waits or runs changes nothing, and
// several instances can relay side by side.

export type RelayOptions = { limit?: number; requeueAfterSeconds?: number };

export type RelayRow = { id: number; kind: string; enqueuedAt: Date | null };

export async function listRowsToRelay(db: Db, options: RelayOptions = {}): Promise<RelayRow[]> {
  const requeueAfter = options.requeueAfterSeconds ?? 60;
  return db
    .select({ id: outbox.id, kind: outbox.kind, enqueuedAt: outbox.enqueuedAt })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, sql`now()`),
        sql`(${outbox.leaseUntil} is null or ${outbox.leaseUntil} < now())`,
        sql`(${outbox.enqueuedAt} is null or ${outbox.enqueuedAt} < now() - make_interval(secs => ${requeueAfter}))`,
      ),
    )
    .orderBy(asc(outbox.id))
    .limit(options.limit ?? 500);
}

/** Hands due rows to their channels' queues; returns how many rows it handed over. */
export async function relayOutbox(db: Db, options: RelayOptions = {}): Promise<number> {
  const rows = await listRowsToRelay(db, options);
  if (rows.length === 0) return 0;
  const byQueue = new Map<string, RelayRow[]>();
  for (const row of rows) {
    const channel = channelForKind(row.kind);
    if (!channel) {
      logger.error({ outboxId: row.id, kind: row.kind }, 'outbox row of a kind no channel carries');
      continue;
    }
    const queued = byQueue.get(channel.queueName);
    if (queued) queued.push(row);
    else byQueue.set(channel.queueName, [row]);
  }
  for (const [queueName, queued] of byQueue) {
    const queue = getQueue(queueName);
    // A row handed over before and still pending: a job that failed for good on an infrastructure error
    // (the row itself is not dead) is removed so that the row can be queued again.
    for (const row of queued.filter((r) => r.enqueuedAt)) {
      const job = await queue.getJob(outboxJobId(row.id));
      if (job && (await job.isFailed())) await job.remove();
    }
    await queue.addBulk(
      queued.map((row) => ({
        name: row.kind,
        data: { outboxId: row.id },
        opts: { ...OUTBOX_JOB_OPTIONS, jobId: outboxJobId(row.id) },
      })),
    );
  }
  const ids = rows.map((r) => r.id);
  await db.update(outbox).set({ enqueuedAt: sql`now()` }).where(inArray(outbox.id, ids));
  return ids.length;
}
