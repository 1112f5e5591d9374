import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { products, variants } from '@/db/schema';
import { addToCart, CART_TTL_MS, getCartView, mergeCarts, readCartLines, setCartQuantity } from '@/lib/cart/cart';
import { createIoredisStore } from '@/lib/redis/ioredis-store';
import { createRedisStore } from '@/lib/redis/store';
import type { RedisStore } from '@/lib/redis/types';
import { createProduct } from '../support/factories';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase } from '../support/test-database';

// The cart on real Redis and PostgreSQL: quantities from Redis, everything else from the database.

const databaseUrl = inject('databaseUrl');
const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);
const rule = { flatFee: 30_000, freeFrom: 1_000_000 };

describe.skipIf(!databaseUrl || !redisUp)('cart on Redis and PostgreSQL', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let redis: RedisStore;
  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    redis = createRedisStore(createIoredisStore({ url: TEST_REDIS_URL }), `atl-test:cart:${randomUUID().slice(0, 8)}:`);
  });
  afterAll(async () => {
    await redis.close();
    await conn.close();
  });

  it('prices lines from the database and keeps a sliding 30-day TTL', async () => {
    const cartId = randomUUID();
    const {
      variants: [a, b],
    } = await createProduct(conn.db, {
      variants: [
        { price: 400_000, stock: 5 },
        { price: 250_000, stock: 5 },
      ],
    });
    expect(await addToCart(conn.db, redis, cartId, a?.id ?? 0, 2)).toEqual({ ok: true, notice: null });
    await addToCart(conn.db, redis, cartId, b?.id ?? 0, 1);
    await addToCart(conn.db, redis, cartId, a?.id ?? 0, 1); // adds up
    const ttl = await redis.pttl(`cart:${cartId}`);
    expect(ttl).toBeGreaterThan(CART_TTL_MS - 60_000);

    let cart = await getCartView(conn.db, redis, cartId, rule);
    expect(cart.lines.map((l) => [l.variantId, l.quantity, l.lineTotal])).toEqual([
      [a?.id, 3, 1_200_000],
      [b?.id, 1, 250_000],
    ]);
    expect([cart.subtotal, cart.shippingFee, cart.total, cart.itemCount]).toEqual([1_450_000, 0, 1_450_000, 4]);

    // A price edit shows at once: the cart never stored a price.
    await conn.db
      .update(variants)
      .set({ price: 350_000 })
      .where(eq(variants.id, a?.id ?? 0));
    cart = await getCartView(conn.db, redis, cartId, rule);
    expect(cart.lines[0]?.unitPrice).toBe(350_000);
  });

  it('caps quantities to the stock left, with a message', async () => {
    const cartId = randomUUID();
    const {
      product,
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 100_000, stock: 3 }] });
    const change = await setCartQuantity(conn.db, redis, cartId, v?.id ?? 0, 10);
    expect(change).toEqual({ ok: true, notice: `Chỉ còn 3 sản phẩm "${product.name}", số lượng đã được điều chỉnh.` });
    expect(await readCartLines(redis, cartId)).toEqual([{ variantId: v?.id, quantity: 3 }]);
    await conn.db
      .update(variants)
      .set({ stock: 0 })
      .where(eq(variants.id, v?.id ?? 0));
    expect((await addToCart(conn.db, redis, cartId, v?.id ?? 0, 1)).ok).toBe(false);
    const cart = await getCartView(conn.db, redis, cartId, rule);
    expect(cart.lines[0]?.message).toBe('Sản phẩm đã hết hàng.');
    expect(cart.canCheckout).toBe(false);
  });

  it('shows a product unpublished after it was added as unavailable instead of breaking', async () => {
    const cartId = randomUUID();
    const {
      product,
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 500_000, stock: 3 }] });
    await addToCart(conn.db, redis, cartId, v?.id ?? 0, 1);
    await conn.db.update(products).set({ published: false }).where(eq(products.id, product.id));
    await redis.hset(`cart:${cartId}`, { '999999999': 2, junk: 'x', '12': 'NaN' }); // a deleted variant and garbage
    const cart = await getCartView(conn.db, redis, cartId, rule);
    expect(cart.lines.map((l) => [l.variantId, l.available])).toEqual([
      [v?.id, false],
      [999999999, false],
    ]);
    expect(cart.subtotal).toBe(0);
    expect(cart.canCheckout).toBe(false);
  });

  it('merges a guest cart into an account cart', async () => {
    const guest = randomUUID();
    const account = randomUUID();
    const {
      variants: [a, b],
    } = await createProduct(conn.db, {
      variants: [
        { price: 100_000, stock: 9 },
        { price: 200_000, stock: 9 },
      ],
    });
    await addToCart(conn.db, redis, guest, a?.id ?? 0, 2);
    await addToCart(conn.db, redis, account, a?.id ?? 0, 1);
    await addToCart(conn.db, redis, account, b?.id ?? 0, 1);
    await mergeCarts(redis, guest, account);
    expect(await readCartLines(redis, account)).toEqual([
      { variantId: a?.id, quantity: 3 },
      { variantId: b?.id, quantity: 1 },
    ]);
    expect(await readCartLines(redis, guest)).toEqual([]);
  });
});
