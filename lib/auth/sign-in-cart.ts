import 'server-only';
import { cookies } from 'next/headers';
import { attachCartToAccount } from '@/lib/cart/account-cart';
import { CART_COOKIE, cartCookieOptions, cartIdFrom } from '@/lib/cart/cart-id';
import { logger } from '@/lib/log/logger';
import { getRedis } from '@/lib/redis/client';

/** After a sign-in (server action or OAuth callback): the guest cart joins the account's, and this browser uses it. */
export async function adoptCartOnSignIn(userId: number): Promise<void> {
  try {
    const jar = await cookies();
    const cartId = await attachCartToAccount(await getRedis(), userId, cartIdFrom(jar.get(CART_COOKIE)?.value, null));
    jar.set(CART_COOKIE, cartId, cartCookieOptions());
  } catch (err) {
    // Redis down must not stop anybody signing in: the cart merges next time.
    logger.warn({ err, userId }, 'could not attach the cart at sign-in');
  }
}

/** Sign-out: the next person on this device starts with an empty cart. */
export async function detachCartOnSignOut(): Promise<void> {
  (await cookies()).delete(CART_COOKIE);
}
