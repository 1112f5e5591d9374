'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { zodFields } from '@/lib/api/errors';
import { REDIS_DOWN_MESSAGE } from '@/lib/api/handler';
import { getCurrentUser } from '@/lib/auth/session';
import { CART_COOKIE, cartIdFrom } from '@/lib/cart/cart-id';
import { checkout } from '@/lib/checkout/checkout';
import { checkoutFormToInput, formValues } from '@/lib/checkout/form';
import { checkoutSchema, idempotencyKeySchema } from '@/lib/checkout/schemas';
import { pinReadsToPrimary } from '@/lib/db/read-your-writes';
import { logger } from '@/lib/log/logger';
import { clientIp } from '@/lib/http/client-ip';
import { getRedis } from '@/lib/redis/client';
import { isRedisUnavailable } from '@/lib/redis/errors';
import { DATABASE_DOWN_MESSAGE } from '@/lib/core/outage-messages';
import { isDatabaseUnavailable } from '@/lib/db/errors';

// The checkout form's action: the same schema and the same lib/checkout/checkout() as POST /api/checkout.
// On success it redirects to the order page; on failure it returns the messages and what was typed.

export type CheckoutFormState =
  | { status: 'idle' }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

export async function placeOrderAction(_prev: CheckoutFormState, form: FormData): Promise<CheckoutFormState> {
  const values = formValues(form);
  const fail = (message: string, fieldErrors: Record<string, string> = {}): CheckoutFormState => ({
    status: 'error',
    message,
    fieldErrors,
    values,
  });
  const { idempotencyKey, honeypot, ...input } = checkoutFormToInput(form);
  // Bots fill every field; people never see this one. Answer like a failure, without detail.
  if (honeypot) return fail('Không thể đặt hàng, vui lòng thử lại.');
  const key = idempotencyKeySchema.safeParse(idempotencyKey);
  if (!key.success) return fail('Phiên đặt hàng đã hết hạn, vui lòng tải lại trang.');
  const parsed = checkoutSchema.safeParse(input);
  if (!parsed.success) return fail('Vui lòng kiểm tra lại các thông tin được đánh dấu.', zodFields(parsed.error));

  let destination: string;
  try {
    const cartId = cartIdFrom((await cookies()).get(CART_COOKIE)?.value, null);
    const ip = clientIp(await headers());
    // Signed in: the order joins the account's history whatever e-mail it was placed with.
    const customer = await getCurrentUser();
    const result = await checkout(await getRedis(), {
      cartId,
      request: parsed.data,
      idempotencyKey: key.data,
      customerId: customer?.id ?? null,
      clientIp: ip,
    });
    if (!result.ok) {
      return fail(
        result.message,
        result.code === 'payment_method_unavailable' ? { paymentMethod: result.message } : {},
      );
    }
    await pinReadsToPrimary(); // the order page and the account read the primary for a while
    // Online payment: on to the gateway (or its local simulator); the order page shows what it says.
    if (result.payment.redirectUrl) {
      destination = result.payment.redirectUrl;
    } else {
      const params = new URLSearchParams({ token: result.order.accessToken, moi: '1' });
      if (result.priceChanges.length > 0) params.set('gia-moi', '1');
      destination = `/don-hang/${result.order.number}?${params}`;
    }
  } catch (err) {
    if (isRedisUnavailable(err)) {
      logger.error({ err }, 'Redis unavailable at checkout');
      return fail(REDIS_DOWN_MESSAGE);
    }
    if (isDatabaseUnavailable(err)) {
      logger.error({ err }, 'database unavailable at checkout');
      return fail(DATABASE_DOWN_MESSAGE);
    }
    throw err;
  }
  redirect(destination);
}
