import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { type OrderStatus, orderEvents, orderItems, orders } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { releaseStock, type StockChange } from '@/lib/inventory/stock';
import { canTransition, releasesStock } from './state-machine';

// The one way an order changes state: lock the order, check the edge, write the new state and a
// timeline event, and give stock back when the order ends unfulfilled. Call inside a transaction.

export type TransitionResult =
  | { ok: true; from: OrderStatus; to: OrderStatus; released: StockChange[] }
  | { ok: false; code: 'not_found' }
  | { ok: false; code: 'invalid_transition'; from: OrderStatus; to: OrderStatus };

const STOCK_REASON = { cancelled: 'order_cancelled', expired: 'order_expired', failed: 'order_failed' } as const;

export async function transitionOrder(
  tx: Db,
  orderId: number,
  to: OrderStatus,
  by: { actor: string; note?: string | null },
  /** Facts that come with the new state, written in the same UPDATE (shipped: carrier and tracking number). */
  fields: { shippingCarrier?: string; trackingNumber?: string } = {},
): Promise<TransitionResult> {
  // A parcel without a carrier and tracking number cannot be followed: the caller's form requires both.
  if (to === 'shipped' && !(fields.shippingCarrier && fields.trackingNumber)) {
    throw new Error('an order is shipped with its carrier and tracking number');
  }
  const [order] = await tx
    .select({ id: orders.id, status: orders.status })
    .from(orders)
    .where(eq(orders.id, orderId))
    .for('update');
  if (!order) return { ok: false, code: 'not_found' };
  const from = order.status;
  if (!canTransition(from, to)) return { ok: false, code: 'invalid_transition', from, to };

  await tx
    .update(orders)
    .set({ ...fields, status: to, updatedAt: sql`now()` })
    .where(eq(orders.id, orderId));
  await tx
    .insert(orderEvents)
    .values({ orderId, fromStatus: from, toStatus: to, actor: by.actor, note: by.note ?? null });
  let released: StockChange[] = [];
  if (releasesStock(to)) {
    const items = await tx
      .select({ variantId: orderItems.variantId, quantity: orderItems.quantity })
      .from(orderItems)
      .where(eq(orderItems.orderId, orderId));
    released = await releaseStock(tx, items, { reason: STOCK_REASON[to], actor: by.actor, orderId });
  }
  return { ok: true, from, to, released };
}
