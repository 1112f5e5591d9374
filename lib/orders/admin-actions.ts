import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { type Order, orderItems, orders, payments, refunds } from '@/db/schema';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import type { StockChange } from '@/lib/inventory/stock';
import { formatVnd } from '@/lib/money';
import { endPendingAttempts } from '@/lib/payments/attempts';
import type { OrderActionInput } from './admin-action-schema';
import { isAllowed, ORDER_ACTION_LABELS, type OrderFacts, refundable } from './admin-rules';
import { ORDER_STATUS_LABELS } from './state-machine';
import { queueCancelledEmail, queueDeliveredEmail, queueRefundedEmail, queueShippedEmail } from './status-emails';
import { transitionOrder } from './transition';
import { metrics, recordFunnel } from '@/lib/metrics/registry';

// Staff actions on an order, each in one transaction: lock the order, refuse a form drawn for another state
// (someone moved the order meanwhile), check the action is allowed now (lib/orders/admin-rules.ts), change
// the order through the state machine (lib/orders/transition.ts), write the audit row and queue the
// shopper's e-mail in the outbox. Anything refused writes nothing.

type Released = { productSlugs: string[]; inStockChanged: boolean };

export type OrderActionOutcome =
  | {
      ok: true;
      message: string;
      emailQueued: boolean;
      /** Products whose stock came back (a cancelled order), for cache revalidation after commit. */
      released: Released | null;
    }
  | { ok: false; code: 'not_found' | 'conflict' | 'invalid'; message: string; fieldErrors?: Record<string, string> };

async function orderFacts(tx: Db, order: Order): Promise<OrderFacts> {
  const [refunded] = await tx
    .select({ total: sql<string>`coalesce(sum(${refunds.amount}), 0)` })
    .from(refunds)
    .where(eq(refunds.orderId, order.id));
  const [succeeded] = await tx
    .select({ id: payments.id })
    .from(payments)
    .where(and(eq(payments.orderId, order.id), eq(payments.status, 'succeeded')))
    .limit(1);
  return {
    status: order.status,
    paymentMethod: order.paymentMethod,
    total: order.total,
    codCollected: order.codCollectedAt !== null,
    paidOnline: Boolean(succeeded),
    refunded: Number(refunded?.total ?? 0),
  };
}

async function insertRefund(
  tx: Db,
  orderId: number,
  refund: { amount: number; reason: string; reference: string | null; actor: string },
): Promise<number> {
  const [row] = await tx
    .insert(refunds)
    .values({ orderId, ...refund })
    .returning({ id: refunds.id });
  if (!row) throw new Error('refund insert returned nothing');
  return row.id;
}

async function releasedProducts(tx: Db, orderId: number, released: StockChange[]): Promise<Released> {
  const rows = await tx
    .selectDistinct({ slug: orderItems.productSlug })
    .from(orderItems)
    .where(eq(orderItems.orderId, orderId));
  return {
    productSlugs: rows.map((r) => r.slug),
    // stockAfter - delta is the stock before: from 0 the variant was sold out and now is not.
    inStockChanged: released.some((c) => c.stockAfter - c.delta === 0),
  };
}

const conflict = (message: string): OrderActionOutcome => ({ ok: false, code: 'conflict', message });

export async function performOrderAction(
  db: Db,
  input: OrderActionInput,
  actor: AuditActor,
): Promise<OrderActionOutcome> {
  /** Cash collected for a COD order (VND), counted as revenue once the transaction has committed. */
  let cashCollected: number | null = null;
  const outcome = await db.transaction(async (tx): Promise<OrderActionOutcome> => {
    const [order] = await tx.select().from(orders).where(eq(orders.number, input.number)).for('update');
    if (!order) return { ok: false, code: 'not_found', message: `Không tìm thấy đơn hàng ${input.number}.` };
    if (order.status !== input.expectedStatus) {
      return conflict(
        `Đơn hàng vừa được cập nhật (trạng thái hiện tại: ${ORDER_STATUS_LABELS[order.status]}). Không có thay đổi nào được lưu, hãy xem lại đơn rồi thử lại.`,
      );
    }
    const facts = await orderFacts(tx, order);
    if (!isAllowed(facts, input.action)) {
      return conflict(
        `Không thể “${ORDER_ACTION_LABELS[input.action]}” khi đơn hàng đang ở trạng thái ${ORDER_STATUS_LABELS[order.status]}${
          input.action === 'complete' && order.paymentMethod === 'cod' && !facts.codCollected
            ? ' và chưa thu tiền COD'
            : ''
        }.`,
      );
    }
    const by = { actor: actor.email };
    const audit = (action: string, before: Record<string, unknown>, after: Record<string, unknown>) =>
      recordAudit(tx, actor, { action: `order.${action}`, entityType: 'order', entityId: order.number, before, after });
    const move = async (
      to: Order['status'],
      note: string | null,
      fields: Parameters<typeof transitionOrder>[4] = {},
    ) => {
      const moved = await transitionOrder(tx, order.id, to, { ...by, note }, fields);
      // Under the lock the status is the one checked above: a refusal here is a bug, and rolls back.
      if (!moved.ok) throw new Error(`transition of ${order.number} to ${to} refused: ${moved.code}`);
      return moved;
    };
    const done = (message: string, emailQueued = false, released: Released | null = null): OrderActionOutcome => ({
      ok: true,
      message,
      emailQueued,
      released,
    });

    switch (input.action) {
      case 'confirm': {
        await move('processing', null);
        await audit('confirm', { status: order.status }, { status: 'processing' });
        return done(`Đã xác nhận đơn ${order.number}: đơn chuyển sang Đang xử lý.`);
      }
      case 'ship': {
        const fields = { shippingCarrier: input.carrier, trackingNumber: input.trackingNumber };
        await move('shipped', `${input.carrier} · mã vận đơn ${input.trackingNumber}`, fields);
        await audit(
          'ship',
          { status: order.status, shippingCarrier: order.shippingCarrier, trackingNumber: order.trackingNumber },
          { status: 'shipped', ...fields },
        );
        const queued = await queueShippedEmail(tx, order);
        return done(
          `Đã chuyển đơn ${order.number} sang Đang giao hàng (${input.carrier}, ${input.trackingNumber}).`,
          queued,
        );
      }
      case 'deliver': {
        await move('delivered', null);
        await audit('deliver', { status: order.status }, { status: 'delivered' });
        const queued = await queueDeliveredEmail(tx, order);
        return done(`Đơn ${order.number} đã giao thành công.`, queued);
      }
      case 'cod_collected': {
        const [row] = await tx
          .update(orders)
          .set({ codCollectedAt: sql`now()`, updatedAt: sql`now()` })
          .where(eq(orders.id, order.id))
          .returning({ codCollectedAt: orders.codCollectedAt });
        await audit('cod_collected', { codCollectedAt: null }, { codCollectedAt: row?.codCollectedAt ?? null });
        cashCollected = order.total;
        return done(`Đã ghi nhận thu ${formatVnd(order.total)} tiền mặt cho đơn ${order.number}.`);
      }
      case 'complete': {
        await move('completed', null);
        await audit('complete', { status: order.status }, { status: 'completed' });
        return done(`Đơn ${order.number} đã hoàn tất.`);
      }
      case 'cancel': {
        const moved = await move('cancelled', input.reason);
        await endPendingAttempts(tx, order.id, 'cancelled');
        // A paid order is not cancelled without its money going back: the whole refundable amount.
        const owed = refundable(facts);
        const refundId =
          owed > 0
            ? await insertRefund(tx, order.id, {
                amount: owed,
                reason: `Hủy đơn: ${input.reason}`,
                reference: input.refundReference,
                actor: actor.email,
              })
            : null;
        await audit(
          'cancel',
          { status: order.status, refunded: facts.refunded },
          { status: 'cancelled', reason: input.reason, refunded: facts.refunded + owed },
        );
        const queued = await queueCancelledEmail(tx, order, { reason: input.reason, refundId });
        const released = await releasedProducts(tx, order.id, moved.released);
        return done(
          `Đã hủy đơn ${order.number}; hàng đã trả về kho${owed > 0 ? `, đã ghi nhận hoàn ${formatVnd(owed)}` : ''}.`,
          queued,
          released,
        );
      }
      case 'refund': {
        if (facts.refunded !== input.expectedRefunded) {
          return conflict(
            `Đơn hàng vừa có một khoản hoàn tiền khác (đã hoàn ${formatVnd(facts.refunded)}). Không có thay đổi nào được lưu, hãy xem lại đơn rồi thử lại.`,
          );
        }
        const max = refundable(facts);
        if (input.amount > max) {
          return {
            ok: false,
            code: 'invalid',
            message: 'Số tiền hoàn vượt quá số tiền còn có thể hoàn.',
            fieldErrors: { amount: `Tối đa ${formatVnd(max)} (tổng đơn trừ các lần hoàn trước).` },
          };
        }
        const refundId = await insertRefund(tx, order.id, {
          amount: input.amount,
          reason: input.reason,
          reference: input.reference,
          actor: actor.email,
        });
        await audit(
          'refund',
          { refunded: facts.refunded },
          { refunded: facts.refunded + input.amount, refundId, reason: input.reason, reference: input.reference },
        );
        const queued = await queueRefundedEmail(tx, order, refundId);
        return done(`Đã ghi nhận hoàn ${formatVnd(input.amount)} cho đơn ${order.number}.`, queued);
      }
      default: {
        const never: never = input;
        throw new Error(`unknown order action ${JSON.stringify(never)}`);
      }
    }
  });
  if (outcome.ok && cashCollected !== null) {
    recordFunnel('paid');
    metrics().revenue.inc({ payment_method: 'cod' }, cashCollected);
  }
  return outcome;
}
