'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { normalizePhone } from '@/lib/checkout/schemas';
import { getDb } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { lookupOrderToken } from '@/lib/orders/lookup';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';
import { isRedisUnavailable } from '@/lib/redis/errors';

// "Tra cứu đơn hàng": order number + phone -> the order page's secret link. Every failure that could tell a
// guesser something (no such number, wrong phone, malformed input) gets the same answer, and attempts are
// rate-limited per client address, per phone and per order number.

export type OrderLookupState =
  | { status: 'idle' }
  | { status: 'error'; message: string; values: { number: string; phone: string } };

const NOT_FOUND = 'Không tìm thấy đơn hàng với mã và số điện thoại này.';

const lookupSchema = z.object({
  number: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^ATL-\d{1,12}$/),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+\s.\-()]{8,20}$/),
});

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.slice(0, 100) : '';
};

export async function lookupOrderAction(_prev: OrderLookupState, form: FormData): Promise<OrderLookupState> {
  const values = { number: text(form, 'number'), phone: text(form, 'phone') };
  const fail = (message: string): OrderLookupState => ({ status: 'error', message, values });

  let destination: string;
  try {
    const limit = await checkRateLimit(await getRedis(), RATE_LIMITS.orderLookup, clientIp(await headers()));
    if (!limit.ok) {
      const minutes = Math.ceil(limit.retryAfterSeconds / 60);
      return fail(`Bạn đã tra cứu quá nhiều lần, vui lòng thử lại sau ${minutes} phút.`);
    }
    const input = lookupSchema.safeParse(values);
    if (!input.success) return fail(NOT_FOUND);
    const redis = await getRedis();
    const [byPhone, byNumber] = await Promise.all([
      checkRateLimit(redis, RATE_LIMITS.orderLookupPhone, normalizePhone(input.data.phone)),
      checkRateLimit(redis, RATE_LIMITS.orderLookupNumber, input.data.number),
    ]);
    if (!byPhone.ok || !byNumber.ok) {
      const wait = Math.max(byPhone.ok ? 0 : byPhone.retryAfterSeconds, byNumber.ok ? 0 : byNumber.retryAfterSeconds);
      return fail(`Bạn đã tra cứu quá nhiều lần, vui lòng thử lại sau ${Math.ceil(wait / 60)} phút.`);
    }
    const token = await lookupOrderToken(await getDb(), input.data.number, input.data.phone);
    if (!token) return fail(NOT_FOUND);
    destination = `/don-hang/${input.data.number}?${new URLSearchParams({ token })}`;
  } catch (err) {
    // Without Redis there is no rate limit, and an unlimited lookup would let phone numbers be guessed.
    if (isRedisUnavailable(err)) {
      logger.error({ err }, 'Redis unavailable in order lookup');
      return fail('Tra cứu đơn hàng tạm thời không khả dụng, vui lòng thử lại sau ít phút.');
    }
    throw err;
  }
  redirect(destination);
}
