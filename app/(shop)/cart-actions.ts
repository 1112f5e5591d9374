'use server';

import { cookies, headers } from 'next/headers';
import { REDIS_DOWN_MESSAGE } from '@/lib/api/handler';
import { addToCart, getCartView, removeFromCart, setCartQuantity } from '@/lib/cart/cart';
import { CART_COOKIE, cartCookieOptions, cartIdFrom, newCartId } from '@/lib/cart/cart-id';
import { addCartItemSchema, type CartView, setCartQuantitySchema, variantIdParamSchema } from '@/lib/cart/dto';
import { shippingRule } from '@/lib/checkout/config';
import { getDb } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';
import { isRedisUnavailable } from '@/lib/redis/errors';

// Server actions behind the cart page, the cart drawer and the add-to-cart button: the same lib/cart
// functions as /api/cart, with the cart id in the httpOnly cookie.

export type CartActionResult = { ok: true; cart: CartView; notice: string | null } | { ok: false; message: string };

async function withCart(
  write: boolean,
  fn: (ctx: {
    cartId: string;
    redis: Awaited<ReturnType<typeof getRedis>>;
  }) => Promise<string | null | { error: string }>,
): Promise<CartActionResult> {
  try {
    const jar = await cookies();
    const redis = await getRedis();
    if (write) {
      const limit = await checkRateLimit(redis, RATE_LIMITS.cartWrite, clientIp(await headers()));
      if (!limit.ok)
        return { ok: false, message: `Bạn thao tác quá nhanh, vui lòng thử lại sau ${limit.retryAfterSeconds} giây.` };
    }
    let cartId = cartIdFrom(jar.get(CART_COOKIE)?.value, null);
    if (!cartId) {
      if (!write)
        return { ok: true, cart: await getCartView(await getDb(), redis, newCartId(), shippingRule()), notice: null };
      cartId = newCartId();
      jar.set(CART_COOKIE, cartId, cartCookieOptions());
    }
    const outcome = await fn({ cartId, redis });
    if (outcome && typeof outcome === 'object') return { ok: false, message: outcome.error };
    return { ok: true, cart: await getCartView(await getDb(), redis, cartId, shippingRule()), notice: outcome };
  } catch (err) {
    if (isRedisUnavailable(err)) {
      logger.error({ err }, 'Redis unavailable in a cart action');
      return { ok: false, message: REDIS_DOWN_MESSAGE };
    }
    throw err;
  }
}

export async function getCartAction(): Promise<CartActionResult> {
  return withCart(false, async () => null);
}

export async function addToCartAction(variantId: number, quantity = 1): Promise<CartActionResult> {
  const input = addCartItemSchema.safeParse({ variantId, quantity });
  if (!input.success) return { ok: false, message: input.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.' };
  return withCart(true, async ({ cartId, redis }) => {
    const change = await addToCart(await getDb(), redis, cartId, input.data.variantId, input.data.quantity);
    return change.ok ? change.notice : { error: change.message };
  });
}

export async function setCartQuantityAction(variantId: number, quantity: number): Promise<CartActionResult> {
  const id = variantIdParamSchema.safeParse({ variantId });
  const q = setCartQuantitySchema.safeParse({ quantity });
  if (!id.success || !q.success) return { ok: false, message: 'Số lượng không hợp lệ.' };
  return withCart(true, async ({ cartId, redis }) => {
    const change = await setCartQuantity(await getDb(), redis, cartId, id.data.variantId, q.data.quantity);
    return change.ok ? change.notice : { error: change.message };
  });
}

export async function removeFromCartAction(variantId: number): Promise<CartActionResult> {
  const id = variantIdParamSchema.safeParse({ variantId });
  if (!id.success) return { ok: false, message: 'Sản phẩm không hợp lệ.' };
  return withCart(true, async ({ cartId, redis }) => {
    await removeFromCart(redis, cartId, id.data.variantId);
    return null;
  });
}
