import 'server-only';
import { clearCart, readCartLines } from '@/lib/cart/cart';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { annotateRequest } from '@/lib/log/request-context';
import { metrics, recordFunnel } from '@/lib/metrics/registry';
import { checkPolicyVersions, recordPolicyConsent } from '@/lib/privacy/consent';
import { afterCommit } from '@/lib/payments/after-commit';
import { type CheckoutPayment, paymentForPlacedOrder } from '@/lib/payments/checkout-payment';
import { checkRateLimit, RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import type { RedisCommands } from '@/lib/redis/types';
import { shippingRule } from './config';
import { type HoardingCaps, unitsOverCap, unpaidOverCap } from './hoarding';
import { availablePaymentMethods } from './payment-methods';
import { type PlaceOrderResult, placeOrder } from './place-order';
import type { CheckoutRequest } from './schemas';

// Checkout as the form and the API both run it: the shopper's rate limit and the cart's lines from Redis
// (side by side: two independent round trips), the order in one database statement, and only after it
// committed: the cart cleared, the e-mail worker woken, and for an online method the first payment
// attempt created (its URL is where the shopper goes next).

export type CheckoutResult =
  | (Extract<PlaceOrderResult, { ok: true }> & { payment: CheckoutPayment })
  | Extract<PlaceOrderResult, { ok: false }>
  | { ok: false; code: 'payment_method_unavailable'; message: string }
  | { ok: false; code: 'policy_changed'; message: string }
  | { ok: false; code: 'rate_limited'; message: string; retryAfterSeconds: number };

export async function checkout(
  redis: RedisCommands,
  input: {
    cartId: string | null;
    request: CheckoutRequest;
    idempotencyKey: string;
    customerId?: number | null;
    /** The shopper's address: the rate limit's key, and VNPay wants it with each payment. */
    clientIp: string;
  },
): Promise<CheckoutResult> {
  const [limit, lines] = await Promise.all([
    checkRateLimit(redis, RATE_LIMITS.placeOrder, input.clientIp),
    input.cartId ? readCartLines(redis, input.cartId) : [],
  ]);
  if (!limit.ok) {
    return {
      ok: false,
      code: 'rate_limited',
      message: `Bạn đặt hàng quá nhanh, vui lòng thử lại sau ${limit.retryAfterSeconds} giây.`,
      retryAfterSeconds: limit.retryAfterSeconds,
    };
  }
  if (!availablePaymentMethods().includes(input.request.paymentMethod)) {
    return {
      ok: false,
      code: 'payment_method_unavailable',
      message: 'Phương thức thanh toán này hiện chưa được hỗ trợ, vui lòng chọn phương thức khác.',
    };
  }
  const db = await getDb();
  const env = getEnv();
  const caps: HoardingCaps = {
    maxUnitsPerVariant: env.ORDER_MAX_UNITS_PER_VARIANT,
    maxOpenUnpaidPerContact: env.MAX_OPEN_UNPAID_ORDERS_PER_CONTACT,
    maxOpenUnpaidPerIp: env.MAX_OPEN_UNPAID_ORDERS_PER_IP,
    paymentWindowMinutes: env.PAYMENT_WINDOW_MINUTES,
  };
  const { consent } = input.request;
  const stale = consent ? await checkPolicyVersions(db, consent) : null;
  if (stale) return { ok: false, code: 'policy_changed', message: stale };
  const result = await placeOrder(db, {
    lines,
    request: input.request,
    idempotencyKey: input.idempotencyKey,
    shipping: shippingRule(),
    paymentWindowMinutes: env.PAYMENT_WINDOW_MINUTES,
    customerId: input.customerId ?? null,
    beforeWrite: async (merged) =>
      unitsOverCap(merged, caps) ??
      (input.request.paymentMethod === 'cod'
        ? null
        : unpaidOverCap(db, redis, { contact: input.request.contact, clientIp: input.clientIp }, caps)),
  });
  // A replay may arrive with an empty cart (it was cleared the first time): placeOrder answers it from
  // the key before it looks at the lines.
  if (!result.ok) return result;
  annotateRequest({ orderNumber: result.order.number });
  if (!result.replayed) {
    logger.info(
      { order: result.order.number, total: result.order.total, method: result.order.paymentMethod },
      'order placed',
    );
    const m = metrics();
    m.ordersPlaced.inc({ payment_method: result.order.paymentMethod });
    m.orderValue.inc({ payment_method: result.order.paymentMethod }, result.order.total);
    recordFunnel('placed');
    if (result.soldOut) m.sellOuts.inc();
    if (consent) {
      const { contact } = input.request;
      await recordPolicyConsent(
        db,
        {
          orderId: result.order.id,
          userId: input.customerId ?? null,
          email: contact.email,
          phone: contact.phone,
          source: 'checkout',
          ip: input.clientIp,
        },
        consent,
      );
    }
    // After commit, and never able to fail the order that is already placed.
    afterCommit.emailQueued();
    await afterCommit.stockChanged(
      result.order.items.map((i) => i.productSlug),
      result.soldOut,
    );
  }
  const [payment] = await Promise.all([
    paymentForPlacedOrder(db, result.order, { replayed: result.replayed, clientIp: input.clientIp }),
    input.cartId && !result.replayed ? clearCart(redis, input.cartId) : undefined,
  ]);
  return { ...result, payment };
}
