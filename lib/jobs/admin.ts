import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { outbox } from '@/db/schema';
import type { ActionResult } from '@/lib/admin/action';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import { CHANNELS } from './channels';
import { jobsAvailable } from './connection';
import { getQueue, SCHEDULED_QUEUE } from './queues';

// What /admin/jobs shows and does: the queues' counts and failed jobs (retry, discard), and the outbox
// backlog in PostgreSQL (the source of truth: a dead row can be sent again even when its job is gone).

export const QUEUE_NAMES = [...CHANNELS.map((c) => c.queueName), SCHEDULED_QUEUE] as const;
export const queueNameSchema = z.enum(QUEUE_NAMES as unknown as [string, ...string[]]);

export type QueueView = {
  name: string;
  counts: Record<'waiting' | 'active' | 'delayed' | 'failed' | 'completed' | 'prioritized', number>;
  failed: {
    id: string;
    name: string;
    reason: string;
    attempts: number;
    failedAt: Date | null;
    outboxId: number | null;
  }[];
};

export type JobsOverview =
  | { available: true; queues: QueueView[] }
  | { available: false; reason: 'no-redis' | 'unreachable'; queues: [] };

const outboxIdOf = (data: unknown): number | null => {
  const parsed = z.object({ outboxId: z.number().int() }).safeParse(data);
  return parsed.success ? parsed.data.outboxId : null;
};

export async function getQueuesOverview(failedLimit = 50): Promise<JobsOverview> {
  if (!jobsAvailable()) return { available: false, reason: 'no-redis', queues: [] };
  try {
    const queues = await Promise.all(
      QUEUE_NAMES.map(async (name): Promise<QueueView> => {
        const queue = getQueue(name);
        const [counts, failed] = await Promise.all([
          queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'),
          queue.getFailed(0, failedLimit - 1),
        ]);
        return {
          name,
          counts: {
            waiting: counts.waiting ?? 0,
            active: counts.active ?? 0,
            delayed: counts.delayed ?? 0,
            failed: counts.failed ?? 0,
            completed: counts.completed ?? 0,
            prioritized: counts.prioritized ?? 0,
          },
          failed: failed.map((job) => ({
            id: String(job.id),
            name: job.name,
            reason: (job.failedReason ?? '').slice(0, 300),
            attempts: job.attemptsMade,
            failedAt: job.finishedOn ? new Date(job.finishedOn) : null,
            outboxId: outboxIdOf(job.data),
          })),
        };
      }),
    );
    return { available: true, queues };
  } catch {
    return { available: false, reason: 'unreachable', queues: [] };
  }
}

export type OutboxBacklog = {
  pending: number;
  leased: number;
  dead: number;
  oldestPendingSeconds: number | null;
  byKind: { kind: string; pending: number }[];
  deadRows: { id: number; kind: string; attempts: number; lastError: string | null; createdAt: Date }[];
};

export async function getOutboxBacklog(db: Db): Promise<OutboxBacklog> {
  const [totals] = await db
    .select({
      pending: sql<number>`count(*) filter (where ${outbox.status} = 'pending')::int`,
      leased: sql<number>`count(*) filter (where ${outbox.status} = 'pending' and ${outbox.leaseUntil} > now())::int`,
      dead: sql<number>`count(*) filter (where ${outbox.status} = 'dead')::int`,
      oldest: sql<
        number | null
      >`extract(epoch from now() - min(${outbox.createdAt}) filter (where ${outbox.status} = 'pending'))::float8`,
    })
    .from(outbox)
    .where(sql`${outbox.status} <> 'sent'`);
  const byKind = await db
    .select({ kind: outbox.kind, pending: sql<number>`count(*)::int` })
    .from(outbox)
    .where(eq(outbox.status, 'pending'))
    .groupBy(outbox.kind)
    .orderBy(outbox.kind);
  const deadRows = await db
    .select({
      id: outbox.id,
      kind: outbox.kind,
      attempts: outbox.attempts,
      lastError: outbox.lastError,
      createdAt: outbox.createdAt,
    })
    .from(outbox)
    .where(eq(outbox.status, 'dead'))
    .orderBy(desc(outbox.id))
    .limit(50);
  return {
    pending: totals?.pending ?? 0,
    leased: totals?.leased ?? 0,
    dead: totals?.dead ?? 0,
    oldestPendingSeconds: totals?.oldest === null || totals?.oldest === undefined ? null : Math.round(totals.oldest),
    byKind,
    deadRows,
  };
}

/** A dead outbox row goes back to pending with a fresh count; the relay queues it again. */
async function reviveOutboxRow(db: Db, outboxId: number): Promise<boolean> {
  const rows = await db
    .update(outbox)
    .set({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: sql`now()`,
      lastError: null,
      leaseUntil: null,
      leaseToken: null,
      enqueuedAt: null,
    })
    .where(and(eq(outbox.id, outboxId), eq(outbox.status, 'dead')))
    .returning({ id: outbox.id });
  return rows.length > 0;
}

export const jobActionSchema = z.object({
  queue: queueNameSchema,
  jobId: z.string().min(1).max(200),
});

export async function retryFailedJob(
  db: Db,
  input: z.infer<typeof jobActionSchema>,
  actor: AuditActor,
): Promise<ActionResult> {
  const job = await getQueue(input.queue).getJob(input.jobId);
  if (!job || !(await job.isFailed())) {
    return { ok: false, code: 'not_found', message: 'Không còn việc lỗi này (có thể đã được thử lại hoặc bỏ qua).' };
  }
  const outboxId = outboxIdOf(job.data);
  if (outboxId !== null) {
    // The row decides what is sent: pending again, then the job runs it (or the relay queues it anew).
    await reviveOutboxRow(db, outboxId);
  }
  await job.retry('failed', { resetAttemptsMade: true });
  await recordAudit(db, actor, {
    action: 'job.retry',
    entityType: 'job',
    entityId: `${input.queue}/${input.jobId}`,
    after: { queue: input.queue, jobId: input.jobId, outboxId },
  });
  return { ok: true, message: 'Đã đưa việc vào hàng đợi để chạy lại.' };
}

export async function discardFailedJob(
  db: Db,
  input: z.infer<typeof jobActionSchema>,
  actor: AuditActor,
): Promise<ActionResult> {
  const job = await getQueue(input.queue).getJob(input.jobId);
  if (!job || !(await job.isFailed())) {
    return { ok: false, code: 'not_found', message: 'Không còn việc lỗi này (có thể đã được thử lại hoặc bỏ qua).' };
  }
  await job.remove();
  await recordAudit(db, actor, {
    action: 'job.discard',
    entityType: 'job',
    entityId: `${input.queue}/${input.jobId}`,
    before: { queue: input.queue, jobId: input.jobId, reason: job.failedReason ?? null },
  });
  return { ok: true, message: 'Đã bỏ việc lỗi khỏi hàng đợi (dòng outbox vẫn giữ trạng thái "dead").' };
}

export const outboxRetrySchema = z.object({ outboxId: z.coerce.number().int().positive() });

export async function retryDeadOutboxRow(
  db: Db,
  input: z.infer<typeof outboxRetrySchema>,
  actor: AuditActor,
): Promise<ActionResult> {
  const revived = await db.transaction(async (tx) => {
    const ok = await reviveOutboxRow(tx, input.outboxId);
    if (ok) {
      await recordAudit(tx, actor, {
        action: 'outbox.retry',
        entityType: 'outbox',
        entityId: input.outboxId,
        before: { status: 'dead' },
        after: { status: 'pending' },
      });
    }
    return ok;
  });
  if (!revived) return { ok: false, code: 'not_found', message: 'Dòng này không còn ở trạng thái lỗi.' };
  return { ok: true, message: 'Đã đặt lại để gửi lần nữa.' };
}
