'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/lib/db/client';
import { pinReadsToPrimary } from '@/lib/db/read-your-writes';
import { logger } from '@/lib/log/logger';
import { verifyOrderAccessToken } from '@/lib/orders/access-token';
import { continuePaymentFormSchema } from '@/lib/payments/continue-payment';
import { startPayment } from '@/lib/payments/start-payment';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';
import { isRedisUnavailable } from '@/lib/redis/errors';

// "Tiếp tục thanh toán" on the order page and the payment return page: the same startPayment as
// POST /api/orders/{number}/pay, with the same token check and rate limit. An online method goes on to the
// gateway (or its local simulator); cash on delivery comes back to the order page, now confirmed.

export type ContinuePaymentState =
  | { status: 'idle' }
  | { status: 'error'; message: string; paymentMethod: string | undefined };

const NOT_FOUND = 'Không tìm thấy đơn hàng.';

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : undefined;
};

export async function continuePaymentAction(
  _prev: ContinuePaymentState,
  form: FormData,
): Promise<ContinuePaymentState> {
  const fail = (message: string): ContinuePaymentState => ({
    status: 'error',
    message,
    paymentMethod: text(form, 'paymentMethod')?.slice(0, 20),
  });
  const parsed = continuePaymentFormSchema.safeParse({
    number: text(form, 'number'),
    token: text(form, 'token'),
    paymentMethod: text(form, 'paymentMethod'),
  });
  if (!parsed.success) {
    // A bad method is the shopper's to fix; anything else means the page's hidden fields were not ours.
    const method = parsed.error.issues.find((i) => i.path[0] === 'paymentMethod');
    const other = parsed.error.issues.some((i) => i.path[0] !== 'paymentMethod');
    return fail(!other && method ? method.message : NOT_FOUND);
  }
  const { number, token, paymentMethod } = parsed.data;
  if (!verifyOrderAccessToken(number, token)) return fail(NOT_FOUND);

  let destination: string;
  try {
    const ip = clientIp(await headers());
    const limit = await checkRateLimit(await getRedis(), RATE_LIMITS.startPayment, ip);
    if (!limit.ok) return fail(`Bạn thao tác quá nhanh, vui lòng thử lại sau ${limit.retryAfterSeconds} giây.`);
    const result = await startPayment(await getDb(), { orderNumber: number, method: paymentMethod, clientIp: ip });
    if (!result.ok) return fail(result.message);
    await pinReadsToPrimary(); // the order page shows the new method at once
    destination = result.redirectUrl ?? `/don-hang/${number}?${new URLSearchParams({ token, 'da-chuyen-cod': '1' })}`;
  } catch (err) {
    // Without Redis there is no rate limit on creating gateway payments: refuse rather than go unlimited.
    if (isRedisUnavailable(err)) {
      logger.error({ err }, 'Redis unavailable when continuing a payment');
      return fail('Thanh toán tạm thời không khả dụng, vui lòng thử lại sau ít phút.');
    }
    throw err;
  }
  redirect(destination);
}
