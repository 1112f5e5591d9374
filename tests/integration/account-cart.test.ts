import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attachCartToAccount } from '@/lib/cart/account-cart';
import { CART_TTL_MS, readCartLines } from '@/lib/cart/cart';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';
import { createIoredisStore } from '@/lib/redis/ioredis-store';
import { createRedisStore } from '@/lib/redis/store';
import type { RedisStore } from '@/lib/redis/types';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';

// Signing in with a guest cart, on real Redis: the guest's lines join the account's cart (quantities add up,
// capped per line), the account's cart follows the customer to another device, and the guest cart is gone.

const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

describe.skipIf(!redisUp)('account cart on sign-in (Redis)', () => {
  let redis: RedisStore;
  let userId = 1_000_000;
  const nextUser = () => ++userId;
  beforeAll(() => {
    redis = createRedisStore(
      createIoredisStore({ url: TEST_REDIS_URL }),
      `atl-test:acart:${randomUUID().slice(0, 8)}:`,
    );
  });
  afterAll(() => redis.close());

  const fill = (cartId: string, lines: Record<number, number>) =>
    redis.hsetWithTtl(`cart:${cartId}`, Object.fromEntries(Object.entries(lines).map(([k, v]) => [k, v])), CART_TTL_MS);

  it("adopts this browser's cart when the account has none yet", async () => {
    const user = nextUser();
    const guest = randomUUID();
    await fill(guest, { 11: 2 });
    expect(await attachCartToAccount(redis, user, guest)).toBe(guest);
    expect(await redis.get(`user-cart:${user}`)).toBe(guest);
    expect(await redis.pttl(`user-cart:${user}`)).toBeGreaterThan(CART_TTL_MS - 60_000);
    expect(await readCartLines(redis, guest)).toEqual([{ variantId: 11, quantity: 2 }]);
  });

  it('merges a guest cart into the account cart: lines join, quantities add and are capped', async () => {
    const user = nextUser();
    const accountCart = randomUUID();
    await fill(accountCart, { 11: 1, 12: 90 });
    expect(await attachCartToAccount(redis, user, accountCart)).toBe(accountCart);

    // Another device, as a guest, then signing in.
    const guest = randomUUID();
    await fill(guest, { 11: 2, 12: 20, 13: 4 });
    expect(await attachCartToAccount(redis, user, guest)).toBe(accountCart);
    expect(await readCartLines(redis, accountCart)).toEqual([
      { variantId: 11, quantity: 3 },
      { variantId: 12, quantity: MAX_LINE_QUANTITY },
      { variantId: 13, quantity: 4 },
    ]);
    // The guest cart is gone, so signing out and back in cannot add it twice.
    expect(await readCartLines(redis, guest)).toEqual([]);
    expect(await attachCartToAccount(redis, user, guest)).toBe(accountCart);
    expect((await readCartLines(redis, accountCart)).find((l) => l.variantId === 11)?.quantity).toBe(3);
  });

  it('gives a second device without a cart the account cart, and counts nothing twice', async () => {
    const user = nextUser();
    const first = randomUUID();
    await fill(first, { 21: 1 });
    await attachCartToAccount(redis, user, first);
    expect(await attachCartToAccount(redis, user, null)).toBe(first);
    // Signing in again on the device that already uses the account cart changes nothing.
    expect(await attachCartToAccount(redis, user, first)).toBe(first);
    expect(await readCartLines(redis, first)).toEqual([{ variantId: 21, quantity: 1 }]);
  });

  it('starts a fresh account cart for a customer with no cart anywhere, and keeps accounts apart', async () => {
    const a = nextUser();
    const b = nextUser();
    const cartA = await attachCartToAccount(redis, a, null);
    expect(cartA).toMatch(/^[0-9a-f-]{36}$/);
    const guestB = randomUUID();
    await fill(guestB, { 31: 1 });
    expect(await attachCartToAccount(redis, b, guestB)).toBe(guestB);
    expect(await readCartLines(redis, cartA)).toEqual([]);
    // A garbled stored id is not trusted: the browser's cart becomes the account's.
    await redis.set(`user-cart:${a}`, 'not-a-uuid', { ttlMs: 60_000 });
    const guestA = randomUUID();
    expect(await attachCartToAccount(redis, a, guestA)).toBe(guestA);
  });
});
