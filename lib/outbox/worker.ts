import 'server-only';
import { and, asc, eq, lte, sql } from 'drizzle-orm';
import { type OutboxRow, outbox } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { logger } from '@/lib/log/logger';

// Carries out outbox rows after the transactions that wrote them have committed. Each row is claimed
// with FOR UPDATE SKIP LOCKED and stays locked while its handler runs, so two workers (two instances,
// or the same one twice) never take the same row; it is marked sent in that same transaction. A failed
// row is retried with exponential back-off and set aside ('dead') after MAX_ATTEMPTS.

/**
 * `tx` is the transaction that holds the row: a handler reads through it, not through the pool. (On the
 * embedded PGlite database there is one connection, and a read outside the open transaction would wait
 * for it forever.)
 */
export type OutboxHandler = (payload: Record<string, unknown>, row: OutboxRow, tx: Db) => Promise<void>;
export type OutboxHandlers = Record<string, OutboxHandler>;

export const MAX_ATTEMPTS = 8;

/** 30 s, 1 min, 2 min … capped at 1 hour. */
export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

type Outcome = 'empty' | 'sent' | 'failed';

async function processOne(db: Db, handlers: OutboxHandlers): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(outbox)
      .where(and(eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, sql`now()`)))
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!row) return 'empty';
    const attempts = row.attempts + 1;
    const handler = handlers[row.kind];
    try {
      if (!handler) throw new Error(`no outbox handler for kind "${row.kind}"`);
      await handler(row.payload, row, tx);
      await tx
        .update(outbox)
        .set({ status: 'sent', attempts, sentAt: sql`now()`, lastError: null })
        .where(eq(outbox.id, row.id));
      logger.info({ outboxId: row.id, kind: row.kind }, 'outbox row done');
      return 'sent';
    } catch (err) {
      const dead = attempts >= MAX_ATTEMPTS;
      await tx
        .update(outbox)
        .set({
          status: dead ? 'dead' : 'pending',
          attempts,
          lastError: err instanceof Error ? err.message.slice(0, 1000) : String(err).slice(0, 1000),
          nextAttemptAt: sql`now() + make_interval(secs => ${backoffMs(attempts) / 1000})`,
        })
        .where(eq(outbox.id, row.id));
      logger[dead ? 'error' : 'warn']({ err, outboxId: row.id, kind: row.kind, attempts }, 'outbox row failed');
      return 'failed';
    }
  });
}

/** Works through due rows, at most `limit`; returns how many were done and how many failed. */
export async function processOutbox(
  db: Db,
  handlers: OutboxHandlers,
  limit = 20,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let i = 0; i < limit; i++) {
    const outcome = await processOne(db, handlers);
    if (outcome === 'empty') break;
    if (outcome === 'sent') sent++;
    else failed++;
  }
  return { sent, failed };
}
