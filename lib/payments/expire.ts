import 'server-only';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { orderItems, orders } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { transitionOrder } from '@/lib/orders/transition';
import { endPendingAttempts } from './attempts';

// Orders still waiting for an online payment after their window become 'expired', and their stock comes
// back (the state machine releases it, with ledger rows). Batches are claimed with FOR UPDATE SKIP
// LOCKED: several instances sweep side by side without taking the same order, and an order that a
// webhook is paying right now (it holds the lock) is left for the next sweep, which then sees it paid.

export type ExpireOptions = {
  batchSize?: number;
  /** Extra time after the window before expiring, for a notification of a payment made at the last second. */
  graceSeconds?: number;
  /** Stop after this many batches (a bound on one sweep's work). */
  maxBatches?: number;
};

export type ExpireResult = { expired: string[]; releasedProducts: string[] };

async function expireBatch(db: Db, batchSize: number, graceSeconds: number): Promise<ExpireResult> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({ id: orders.id, number: orders.number })
      .from(orders)
      .where(
        and(
          eq(orders.status, 'pending_payment'),
          lt(orders.paymentExpiresAt, sql`now() - make_interval(secs => ${graceSeconds})`),
        ),
      )
      .orderBy(asc(orders.paymentExpiresAt))
      .limit(batchSize)
      .for('update', { skipLocked: true });
    const expired: string[] = [];
    for (const order of due) {
      const moved = await transitionOrder(tx, order.id, 'expired', {
        actor: 'system:expiry',
        note: 'Hết thời hạn thanh toán',
      });
      if (!moved.ok) continue; // cannot happen under the lock; skipping is the safe answer anyway
      await endPendingAttempts(tx, order.id, 'expired');
      expired.push(order.number);
    }
    const ids = due.map((o) => o.id);
    const products =
      ids.length === 0
        ? []
        : await tx
            .selectDistinct({ slug: orderItems.productSlug })
            .from(orderItems)
            .where(inArray(orderItems.orderId, ids));
    return { expired, releasedProducts: products.map((p) => p.slug) };
  });
}

export async function expireOverdueOrders(db: Db, options: ExpireOptions = {}): Promise<ExpireResult> {
  const batchSize = options.batchSize ?? 50;
  const maxBatches = options.maxBatches ?? 20;
  const all: ExpireResult = { expired: [], releasedProducts: [] };
  for (let i = 0; i < maxBatches; i++) {
    const batch = await expireBatch(db, batchSize, options.graceSeconds ?? 0);
    all.expired.push(...batch.expired);
    all.releasedProducts.push(...batch.releasedProducts);
    if (batch.expired.length < batchSize) break;
  }
  all.releasedProducts = [...new Set(all.releasedProducts)];
  return all;
}
