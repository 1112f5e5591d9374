import 'server-only';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { outbox } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { type DeliverOptions, deliverOutboxRow, type OutboxHandlers } from './deliver';

export { backoffMs, MAX_ATTEMPTS, type OutboxHandler, type OutboxHandlers } from './deliver';

// Works through due outbox rows in this process, without the job queue: the embedded development
// database, deployments without TCP Redis, the cron route, and tests. Each row goes through the same
// lease → send → mark as a queued job, so this can run beside the queue's workers on other instances.

export const DEFAULT_LEASE_SECONDS = 60;

/** Ids of pending rows that are due and not leased, oldest first. */
export async function listDueOutboxIds(db: Db, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, sql`now()`),
        sql`(${outbox.leaseUntil} is null or ${outbox.leaseUntil} < now())`,
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/** Works through due rows, at most `limit`; returns how many were done and how many failed. */
export async function processOutbox(
  db: Db,
  handlers: OutboxHandlers,
  limit = 20,
  options: DeliverOptions = { leaseSeconds: DEFAULT_LEASE_SECONDS },
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (const id of await listDueOutboxIds(db, limit)) {
    const result = await deliverOutboxRow(db, id, handlers, options);
    if (result.outcome === 'sent') sent++;
    else if (result.outcome === 'failed') failed++;
  }
  return { sent, failed };
}
