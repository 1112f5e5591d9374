import 'server-only';
import type { NextRequest } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { jsonResponse } from '@/lib/api/handler';
import { shippingRule } from '@/lib/checkout/config';
import { getDb } from '@/lib/db/client';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';
import type { RedisStore } from '@/lib/redis/types';
import { bearerCaller } from '@/lib/auth/bearer';
import { attachCartToAccount } from './account-cart';
import { type CartChange, getCartView } from './cart';
import { newCartId, requestCartId, setCartCookie } from './cart-id';
import type { CartResponse } from './dto';

// Shared by the cart route handlers: which cart, the write rate limit, and the one answer shape
// ({ cartId, cart, notice }) that also sets the cookie. With a Bearer access token (the mobile app signed
// in) the cart is the account's, the one its browsers use too, and a guest cart the device still names in
// X-Cart-Id joins it; no cookie is set then.

export async function cartContext(req: NextRequest, opts: { write: boolean }) {
  const caller = await bearerCaller(req);
  const redis = await getRedis();
  if (opts.write) {
    const limit = await checkRateLimit(redis, RATE_LIMITS.cartWrite, clientIp(req.headers));
    if (!limit.ok) throw tooManyRequests(limit.retryAfterSeconds);
  }
  const existing = requestCartId(req);
  if (caller) {
    const cartId = await attachCartToAccount(redis, caller.user.id, existing);
    return { redis, cartId, isNew: false, account: true };
  }
  return { redis, cartId: existing ?? newCartId(), isNew: existing === null, account: false };
}

export function tooManyRequests(retryAfterSeconds: number): ApiError {
  const message = `Bạn thao tác quá nhanh, vui lòng thử lại sau ${retryAfterSeconds} giây.`;
  return new ApiError(429, 'rate_limited', message, undefined, { retryAfterSeconds });
}

export function throwIfFailed(change: CartChange): string | null {
  if (change.ok) return change.notice;
  throw new ApiError(
    change.code === 'out_of_stock' ? 409 : change.code === 'not_found' ? 404 : 422,
    change.code,
    change.message,
  );
}

export async function cartResponse(
  redis: RedisStore,
  cartId: string,
  notice: string | null,
  status = 200,
  opts: { setCookie: boolean } = { setCookie: true },
) {
  const cart = await getCartView(await getDb(), redis, cartId, shippingRule());
  const body: CartResponse = { cartId, cart, notice };
  const res = jsonResponse(body, { status, headers: { 'cache-control': 'no-store' } });
  return opts.setCookie ? setCartCookie(res, cartId) : res;
}
