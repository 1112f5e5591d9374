import 'server-only';
import { asc, desc, eq, sql } from 'drizzle-orm';
import { orderEvents, orderItems, orders, payments, refunds } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import type { OrderView } from './dto';
import { ORDER_STATUS_LABELS } from './state-machine';

export async function getOrderIdByNumber(db: Db, number: string): Promise<number | null> {
  const [row] = await db.select({ id: orders.id }).from(orders).where(eq(orders.number, number));
  return row?.id ?? null;
}

/**
 * `concurrent`: read the order's parts side by side (four round trips become one). Only when `db` is the
 * pool: a transaction's single connection must not be sent concurrent queries. The e-mail worker, which
 * holds no transaction while it sends, uses it.
 */
export async function getOrderView(
  db: Db,
  number: string,
  options: { concurrent?: boolean } = {},
): Promise<OrderView | null> {
  const [order] = await db.select().from(orders).where(eq(orders.number, number));
  if (!order) return null;
  const readItems = () =>
    db.select().from(orderItems).where(eq(orderItems.orderId, order.id)).orderBy(asc(orderItems.id));
  const readEvents = () =>
    db
      .select()
      .from(orderEvents)
      .where(eq(orderEvents.orderId, order.id))
      .orderBy(asc(orderEvents.createdAt), asc(orderEvents.id));
  const readAttempts = () =>
    db
      .select({
        gateway: payments.gateway,
        status: payments.status,
        createdAt: payments.createdAt,
        redirectUrl: payments.redirectUrl,
      })
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(desc(payments.createdAt), desc(payments.id))
      .limit(1);
  const readRefunded = () =>
    db
      .select({ total: sql<string>`coalesce(sum(${refunds.amount}), 0)` })
      .from(refunds)
      .where(eq(refunds.orderId, order.id));
  let items: Awaited<ReturnType<typeof readItems>>;
  let events: Awaited<ReturnType<typeof readEvents>>;
  let attempts: Awaited<ReturnType<typeof readAttempts>>;
  let refundedRows: Awaited<ReturnType<typeof readRefunded>>;
  if (options.concurrent) {
    [items, events, attempts, refundedRows] = await Promise.all([
      readItems(),
      readEvents(),
      readAttempts(),
      readRefunded(),
    ]);
  } else {
    // One after the other: `db` may be a transaction.
    items = await readItems();
    events = await readEvents();
    attempts = await readAttempts();
    refundedRows = await readRefunded();
  }
  const [refunded] = refundedRows;
  const [attempt] = attempts;
  const resumable = attempt?.status === 'pending' && order.status === 'pending_payment';
  return {
    number: order.number,
    status: order.status,
    statusLabel: ORDER_STATUS_LABELS[order.status],
    paymentMethod: order.paymentMethod,
    contact: { name: order.contactName, phone: order.contactPhone, email: order.contactEmail },
    shippingAddress: {
      provinceCode: order.provinceCode,
      wardCode: order.wardCode,
      street: order.street,
      formatted: `${order.street}, ${order.wardName}, ${order.provinceName}`,
    },
    note: order.note,
    invoice: order.invoice,
    items: items.map((i) => ({
      variantId: i.variantId,
      productSlug: i.productSlug,
      name: i.productName,
      variantLabel: i.variantLabel,
      sku: i.sku,
      image: i.image,
      unitPrice: i.unitPrice,
      quantity: i.quantity,
      lineTotal: i.lineTotal,
    })),
    subtotal: order.subtotal,
    shippingFee: order.shippingFee,
    discount: order.discount,
    total: order.total,
    paymentExpiresAt: order.paymentExpiresAt?.toISOString() ?? null,
    latestPayment: attempt
      ? {
          gateway: attempt.gateway,
          status: attempt.status,
          createdAt: attempt.createdAt.toISOString(),
          redirectUrl: resumable ? attempt.redirectUrl : null,
        }
      : null,
    createdAt: order.createdAt.toISOString(),
    timeline: events.map((e) => ({
      status: e.toStatus,
      label: ORDER_STATUS_LABELS[e.toStatus],
      note: e.note,
      at: e.createdAt.toISOString(),
    })),
    shipment:
      order.shippingCarrier && order.trackingNumber
        ? { carrier: order.shippingCarrier, trackingNumber: order.trackingNumber }
        : null,
    codCollectedAt: order.codCollectedAt?.toISOString() ?? null,
    refundedTotal: Number(refunded?.total ?? 0),
  };
}
