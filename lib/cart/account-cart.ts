import 'server-only';
import { CART_TTL_MS, cartIdSchema, mergeCarts } from './cart';
import { newCartId } from './cart-id';
import type { RedisCommands } from '@/lib/redis/types';

// A signed-in customer's cart is an ordinary cart whose id Redis remembers for the account, so it
// follows them to another device. On sign-in the guest cart of this browser joins it.

const accountKey = (userId: number) => `user-cart:${userId}`;

/** The cart id this browser should use after signing in. */
export async function attachCartToAccount(
  redis: RedisCommands,
  userId: number,
  guestCartId: string | null,
): Promise<string> {
  const stored = cartIdSchema.safeParse(await redis.get(accountKey(userId)));
  let cartId: string;
  if (stored.success) {
    cartId = stored.data;
    if (guestCartId && guestCartId !== cartId) await mergeCarts(redis, guestCartId, cartId);
  } else {
    // No account cart yet: this browser's cart becomes it.
    cartId = guestCartId ?? newCartId();
  }
  await redis.set(accountKey(userId), cartId, { ttlMs: CART_TTL_MS });
  return cartId;
}
