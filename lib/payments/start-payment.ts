import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { ONLINE_GATEWAYS, type OnlineGateway, type OrderStatus, orders, type PaymentMethod } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { orderAccessToken } from '@/lib/orders/access-token';
import { queueOrderConfirmation } from '@/lib/orders/confirmation-email';
import { transitionOrder } from '@/lib/orders/transition';
import { type AfterCommit, afterCommit } from './after-commit';
import { endPendingAttempts, insertAttempt, nextAttemptSeq, recordCreated, recordCreateFailed } from './attempts';
import { getGateway } from './registry';
import type { PaymentGateway } from './types';
import { paymentReturnUrl, paymentWebhookUrl } from './urls';

// Starting a payment for an order that waits for one: a new attempt with a fresh reference (written and
// committed first, so that a notification can always find it), then the gateway call outside any
// transaction, then its answer on the attempt. Or, for cash on delivery, the switch of a pending order
// to COD (pending_payment -> placed), which confirms it.

export type StartPaymentResult =
  | { ok: true; orderNumber: string; status: OrderStatus; method: PaymentMethod; redirectUrl: string | null }
  | {
      ok: false;
      code: 'not_found' | 'not_payable' | 'method_unavailable' | 'amount_out_of_range' | 'gateway_error';
      message: string;
    };

export type StartPaymentInput = { orderNumber: string; method: PaymentMethod; clientIp: string; now?: Date };
export type StartPaymentDeps = { gateway?: PaymentGateway | null; siteUrl?: string; after?: AfterCommit };

const NOT_FOUND = { ok: false, code: 'not_found', message: 'Không tìm thấy đơn hàng.' } as const;
const NOT_PAYABLE = {
  ok: false,
  code: 'not_payable',
  message: 'Đơn hàng này không còn chờ thanh toán (đã thanh toán, đã hủy hoặc đã hết hạn).',
} as const;
const UNAVAILABLE = {
  ok: false,
  code: 'method_unavailable',
  message: 'Phương thức thanh toán này hiện chưa được hỗ trợ, vui lòng chọn phương thức khác.',
} as const;

export function isOnlineGateway(method: PaymentMethod): method is OnlineGateway {
  return (ONLINE_GATEWAYS as readonly string[]).includes(method);
}

/** Locks the order and says whether it can still be paid (pending and inside its window). */
async function lockPayableOrder(tx: Db, orderNumber: string) {
  const [order] = await tx
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      total: orders.total,
      paymentExpiresAt: orders.paymentExpiresAt,
      open: sql<boolean>`${orders.paymentExpiresAt} > now()`,
    })
    .from(orders)
    .where(eq(orders.number, orderNumber))
    .for('update');
  if (!order) return { ok: false as const, result: NOT_FOUND };
  if (order.status !== 'pending_payment' || !order.open || !order.paymentExpiresAt) {
    return { ok: false as const, result: NOT_PAYABLE };
  }
  return { ok: true as const, order: { ...order, paymentExpiresAt: order.paymentExpiresAt } };
}

async function switchToCod(db: Db, orderNumber: string, after: AfterCommit): Promise<StartPaymentResult> {
  const result = await db.transaction(async (tx): Promise<StartPaymentResult> => {
    const locked = await lockPayableOrder(tx, orderNumber);
    if (!locked.ok) return locked.result;
    const { order } = locked;
    const moved = await transitionOrder(tx, order.id, 'placed', {
      actor: 'shopper',
      note: 'Chuyển sang thanh toán khi nhận hàng',
    });
    if (!moved.ok) throw new Error(`switch of ${order.number} to COD refused: ${moved.code}`);
    await tx
      .update(orders)
      .set({ paymentMethod: 'cod', paymentExpiresAt: null, updatedAt: sql`now()` })
      .where(eq(orders.id, order.id));
    await endPendingAttempts(tx, order.id, 'cancelled');
    await queueOrderConfirmation(tx, order);
    return { ok: true, orderNumber: order.number, status: 'placed', method: 'cod', redirectUrl: null };
  });
  if (result.ok) {
    after.emailQueued();
    logger.info({ order: orderNumber }, 'pending order switched to cash on delivery');
  }
  return result;
}

export async function startPayment(
  db: Db,
  input: StartPaymentInput,
  deps: StartPaymentDeps = {},
): Promise<StartPaymentResult> {
  const method = input.method;
  if (method === 'cod') return switchToCod(db, input.orderNumber, deps.after ?? afterCommit);
  if (!isOnlineGateway(method)) return UNAVAILABLE;
  const gateway = deps.gateway !== undefined ? deps.gateway : getGateway(method);
  if (!gateway) return UNAVAILABLE;
  const now = input.now ?? new Date();

  const prepared = await db.transaction(async (tx) => {
    const locked = await lockPayableOrder(tx, input.orderNumber);
    if (!locked.ok) return locked;
    const { order } = locked;
    // The new attempt replaces any open one: a failure reported on the old one no longer ends the order
    // (money that still arrives on it pays the order all the same).
    await endPendingAttempts(tx, order.id, 'cancelled');
    await tx.update(orders).set({ paymentMethod: method, updatedAt: sql`now()` }).where(eq(orders.id, order.id));
    const reference = gateway.makeReference(order.number, await nextAttemptSeq(tx), now);
    const attemptId = await insertAttempt(tx, {
      orderId: order.id,
      gateway: method,
      reference,
      amount: order.total,
      sandbox: gateway.sandbox,
    });
    return { ok: true as const, order, reference, attemptId };
  });
  if (!prepared.ok) return prepared.result;

  const { order, reference, attemptId } = prepared;
  const siteUrl = deps.siteUrl ?? getEnv().SITE_URL;
  const returnUrl = paymentReturnUrl(siteUrl, method, order.number, orderAccessToken(order.number));
  const created = await gateway.createPayment({
    orderNumber: order.number,
    reference,
    amount: order.total,
    returnUrl,
    cancelUrl: returnUrl,
    notifyUrl: paymentWebhookUrl(siteUrl, method),
    expiresAt: order.paymentExpiresAt,
    now,
    clientIp: input.clientIp,
  });
  if (!created.ok) {
    await recordCreateFailed(db, attemptId, {
      error: `${created.code}: ${created.detail}`.slice(0, 1000),
      rawRequest: created.rawRequest,
      rawResponse: created.rawResponse,
    });
    logger.error({ order: order.number, gateway: method, reference, code: created.code }, 'payment creation failed');
    return { ok: false, code: created.code, message: created.message };
  }
  await recordCreated(db, attemptId, {
    redirectUrl: created.redirectUrl,
    gatewayReference: created.gatewayReference,
    rawRequest: created.rawRequest,
    rawResponse: created.rawResponse,
  });
  logger.info({ order: order.number, gateway: method, reference, sandbox: gateway.sandbox }, 'payment attempt created');
  return { ok: true, orderNumber: order.number, status: 'pending_payment', method, redirectUrl: created.redirectUrl };
}
