import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import { type OnlineGateway, payments } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// Data functions for payment attempts: database or transaction first, no rules inside.

export async function nextAttemptSeq(tx: Db): Promise<number> {
  const [row] = await tx.select({ n: sql<string>`nextval('payment_attempt_seq')` }).from(sql`(select 1) as one`);
  return Number(row?.n);
}

export async function insertAttempt(
  tx: Db,
  values: { orderId: number; gateway: OnlineGateway; reference: string; amount: number; sandbox: boolean },
): Promise<number> {
  const [row] = await tx.insert(payments).values(values).returning({ id: payments.id });
  if (!row) throw new Error('payment attempt insert returned nothing');
  return row.id;
}

/** Marks the order's pending attempts as ended (a new attempt replaced them, or the order moved on). */
export async function endPendingAttempts(tx: Db, orderId: number, status: 'cancelled' | 'expired'): Promise<void> {
  await tx
    .update(payments)
    .set({ status, completedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(payments.orderId, orderId), eq(payments.status, 'pending')));
}

export async function recordCreated(
  db: Db,
  id: number,
  values: {
    redirectUrl: string | null;
    gatewayReference: string | null;
    rawRequest: Record<string, unknown>;
    rawResponse: Record<string, unknown> | null;
  },
): Promise<void> {
  await db
    .update(payments)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(payments.id, id));
}

export async function recordCreateFailed(
  db: Db,
  id: number,
  values: { error: string; rawRequest: Record<string, unknown> | null; rawResponse: Record<string, unknown> | null },
): Promise<void> {
  await db
    .update(payments)
    .set({ ...values, status: 'failed', completedAt: sql`now()`, updatedAt: sql`now()` })
    .where(eq(payments.id, id));
}

/** The newest attempt of an order that is still open and has somewhere to send the shopper. */
export async function getOpenAttempt(db: Db, orderId: number) {
  const [row] = await db
    .select({ id: payments.id, gateway: payments.gateway, redirectUrl: payments.redirectUrl })
    .from(payments)
    .where(and(eq(payments.orderId, orderId), eq(payments.status, 'pending')))
    .orderBy(desc(payments.createdAt), desc(payments.id))
    .limit(1);
  return row?.redirectUrl ? { ...row, redirectUrl: row.redirectUrl } : null;
}

export async function getAttemptByReference(db: Db, gateway: OnlineGateway, reference: string) {
  const [row] = await db
    .select()
    .from(payments)
    .where(and(eq(payments.gateway, gateway), eq(payments.reference, reference)));
  return row ?? null;
}
