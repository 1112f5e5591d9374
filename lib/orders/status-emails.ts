import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { outbox, refunds } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import type { SendMail } from '@/lib/email/mailer';
import {
  renderOrderCancelled,
  renderOrderDelivered,
  renderOrderRefunded,
  renderOrderShipped,
} from '@/lib/email/order-status-emails';
import type { OutboxHandlers } from '@/lib/outbox/worker';
import { getOrderView } from './queries';

// The shopper's e-mails for staff actions, queued through the outbox in the transaction of the action.
// Each has a dedupe key per order and event (a refund: per refund), so a retried or repeated action
// never sends the same e-mail twice; the Message-ID is as stable, for a send repeated after a crash.

export const STATUS_EMAIL_KINDS = {
  shipped: 'order_shipped_email',
  delivered: 'order_delivered_email',
  cancelled: 'order_cancelled_email',
  refunded: 'order_refunded_email',
} as const;

type OrderRef = { id: number; number: string };

async function queue(tx: Db, kind: string, dedupeKey: string, payload: Record<string, unknown>): Promise<boolean> {
  const rows = await tx
    .insert(outbox)
    .values({ kind, dedupeKey, payload })
    .onConflictDoNothing({ target: outbox.dedupeKey })
    .returning({ id: outbox.id });
  return rows.length > 0;
}

export const statusEmailDedupeKey = {
  shipped: (orderId: number) => `order-shipped:${orderId}`,
  delivered: (orderId: number) => `order-delivered:${orderId}`,
  cancelled: (orderId: number) => `order-cancelled:${orderId}`,
  refunded: (orderId: number, refundId: number) => `order-refunded:${orderId}:${refundId}`,
};

export function queueShippedEmail(tx: Db, order: OrderRef): Promise<boolean> {
  return queue(tx, STATUS_EMAIL_KINDS.shipped, statusEmailDedupeKey.shipped(order.id), {
    orderNumber: order.number,
  });
}

export function queueDeliveredEmail(tx: Db, order: OrderRef): Promise<boolean> {
  return queue(tx, STATUS_EMAIL_KINDS.delivered, statusEmailDedupeKey.delivered(order.id), {
    orderNumber: order.number,
  });
}

export function queueCancelledEmail(
  tx: Db,
  order: OrderRef,
  cancel: { reason: string; refundId: number | null },
): Promise<boolean> {
  return queue(tx, STATUS_EMAIL_KINDS.cancelled, statusEmailDedupeKey.cancelled(order.id), {
    orderNumber: order.number,
    ...cancel,
  });
}

export function queueRefundedEmail(tx: Db, order: OrderRef, refundId: number): Promise<boolean> {
  return queue(tx, STATUS_EMAIL_KINDS.refunded, statusEmailDedupeKey.refunded(order.id, refundId), {
    orderNumber: order.number,
    refundId,
  });
}

const orderPayload = z.object({ orderNumber: z.string() });
const cancelledPayload = orderPayload.extend({ reason: z.string(), refundId: z.number().int().nullable() });
const refundedPayload = orderPayload.extend({ refundId: z.number().int() });

async function getRefund(tx: Db, id: number) {
  const [row] = await tx
    .select({ amount: refunds.amount, reason: refunds.reason })
    .from(refunds)
    .where(eq(refunds.id, id));
  return row ?? null;
}

/** The outbox handlers of these kinds (lib/outbox/handlers.ts registers them). */
export function statusEmailHandlers(sendMail: SendMail, orderUrl: (number: string) => string): OutboxHandlers {
  const load = async (tx: Db, orderNumber: string) => {
    const order = await getOrderView(tx, orderNumber);
    if (!order) throw new Error(`order ${orderNumber} not found`);
    return order;
  };
  const messageId = (number: string, event: string) => `<order-${number}-${event}@audiotailoc.vn>`;
  return {
    [STATUS_EMAIL_KINDS.shipped]: async (payload, _row, tx) => {
      const order = await load(tx, orderPayload.parse(payload).orderNumber);
      await sendMail({
        ...renderOrderShipped(order, orderUrl(order.number)),
        to: order.contact.email,
        messageId: messageId(order.number, 'shipped'),
      });
    },
    [STATUS_EMAIL_KINDS.delivered]: async (payload, _row, tx) => {
      const order = await load(tx, orderPayload.parse(payload).orderNumber);
      await sendMail({
        ...renderOrderDelivered(order, orderUrl(order.number)),
        to: order.contact.email,
        messageId: messageId(order.number, 'delivered'),
      });
    },
    [STATUS_EMAIL_KINDS.cancelled]: async (payload, _row, tx) => {
      const { orderNumber, reason, refundId } = cancelledPayload.parse(payload);
      const order = await load(tx, orderNumber);
      const refund = refundId === null ? null : await getRefund(tx, refundId);
      await sendMail({
        ...renderOrderCancelled(order, orderUrl(order.number), { reason, refundAmount: refund?.amount ?? null }),
        to: order.contact.email,
        messageId: messageId(order.number, 'cancelled'),
      });
    },
    [STATUS_EMAIL_KINDS.refunded]: async (payload, _row, tx) => {
      const { orderNumber, refundId } = refundedPayload.parse(payload);
      const order = await load(tx, orderNumber);
      const refund = await getRefund(tx, refundId);
      if (!refund) throw new Error(`refund ${refundId} not found`);
      await sendMail({
        ...renderOrderRefunded(order, orderUrl(order.number), refund),
        to: order.contact.email,
        messageId: messageId(order.number, `refund-${refundId}`),
      });
    },
  };
}
