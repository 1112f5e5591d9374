import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { orderEvents, orderItems, orders, payments, refunds } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { allowedActions, type OrderAction, type OrderFacts, paidAmount, refundable } from './admin-rules';

// Everything staff see about one order: the order, its lines, every payment attempt with the gateway's raw
// messages, refunds, the timeline, and which actions it allows now. Reads run side by side, so pass the
// pool, not a transaction.

export async function getAdminOrderDetail(db: Db, number: string) {
  const [order] = await db.select().from(orders).where(eq(orders.number, number));
  if (!order) return null;
  const [items, events, attempts, refundRows] = await Promise.all([
    db.select().from(orderItems).where(eq(orderItems.orderId, order.id)).orderBy(asc(orderItems.id)),
    db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id)),
    db
      .select()
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(desc(payments.createdAt), desc(payments.id)),
    db.select().from(refunds).where(eq(refunds.orderId, order.id)).orderBy(asc(refunds.createdAt), asc(refunds.id)),
  ]);
  const facts: OrderFacts = {
    status: order.status,
    paymentMethod: order.paymentMethod,
    total: order.total,
    codCollected: order.codCollectedAt !== null,
    paidOnline: attempts.some((a) => a.status === 'succeeded'),
    refunded: refundRows.reduce((sum, r) => sum + r.amount, 0),
  };
  const allowed: OrderAction[] = allowedActions(facts);
  return {
    order,
    items,
    events,
    attempts,
    refunds: refundRows,
    facts,
    allowed,
    paid: paidAmount(facts),
    refundable: refundable(facts),
  };
}

export type AdminOrderDetail = NonNullable<Awaited<ReturnType<typeof getAdminOrderDetail>>>;
