import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { orders, products, users, variants } from '@/db/schema';
import { getAccountOrder, listAccountOrders } from '@/lib/account/orders';
import { describeReorder, reorderToCart } from '@/lib/account/reorder';
import { getCustomerDetail, listCustomerOrders, listCustomers } from '@/lib/admin/customers';
import { addToCart, readCartLines } from '@/lib/cart/cart';
import { transitionOrder } from '@/lib/orders/transition';
import { createIoredisStore } from '@/lib/redis/ioredis-store';
import { createRedisStore } from '@/lib/redis/store';
import type { RedisStore } from '@/lib/redis/types';
import { createTestUser, placeTestOrder, sessionUserOf } from '../support/account-factories';
import { createProduct } from '../support/factories';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase } from '../support/test-database';

// Whose orders an account sees (its own; guest orders with its e-mail only once the e-mail is verified; never
// another account's, even one placed with this e-mail), what /admin/customers counts for it, and "mua lại"
// putting an order back into the cart capped to today's stock.

const databaseUrl = inject('databaseUrl');
const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

describe.skipIf(!databaseUrl)('order history scoping on PostgreSQL', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(() => conn.close());

  it('shows own orders and verified-email guest orders, never anyone else’s', async () => {
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 200_000, stock: 50 }] });
    const line = [{ variantId: v?.id ?? 0, quantity: 1 }];
    const verified = await createTestUser(conn.db, { verified: true });
    const unverified = await createTestUser(conn.db, { verified: false });
    const other = await createTestUser(conn.db, { verified: true });

    const own = await placeTestOrder(conn.db, { lines: line, email: 'khac@example.vn', customerId: verified.id });
    const guestSameEmail = await placeTestOrder(conn.db, { lines: line, email: verified.email, customerId: null });
    const otherAccountSameEmail = await placeTestOrder(conn.db, {
      lines: line,
      email: verified.email,
      customerId: other.id,
    });
    const unverifiedOwn = await placeTestOrder(conn.db, {
      lines: line,
      email: unverified.email,
      customerId: unverified.id,
    });
    const unverifiedGuest = await placeTestOrder(conn.db, { lines: line, email: unverified.email, customerId: null });
    const stranger = await placeTestOrder(conn.db, { lines: line, email: 'nguoi-la@example.vn', customerId: null });

    const numbers = async (u: typeof verified) =>
      (await listAccountOrders(conn.db, sessionUserOf(u), 1, 50)).items.map((o) => o.number);
    expect((await numbers(verified)).sort()).toEqual([own.number, guestSameEmail.number].sort());
    expect(await numbers(unverified)).toEqual([unverifiedOwn.number]);
    expect(await numbers(other)).toEqual([otherAccountSameEmail.number]);

    const viewer = sessionUserOf(verified);
    const detail = await getAccountOrder(conn.db, viewer, own.number);
    expect(detail?.number).toBe(own.number);
    expect(detail?.timeline.map((t) => t.status)).toEqual(['placed']);
    expect(await getAccountOrder(conn.db, viewer, guestSameEmail.number)).not.toBeNull();
    for (const n of [otherAccountSameEmail.number, unverifiedGuest.number, stranger.number, 'ATL-999999']) {
      expect(await getAccountOrder(conn.db, viewer, n)).toBeNull();
    }
    expect(await getAccountOrder(conn.db, sessionUserOf(unverified), unverifiedGuest.number)).toBeNull();

    // Verifying the mailbox brings the guest order in.
    const [nowVerified] = await conn.db
      .update(users)
      .set({ emailVerifiedAt: sql`now()` })
      .where(eq(users.id, unverified.id))
      .returning();
    if (!nowVerified) throw new Error('update');
    expect((await numbers(nowVerified)).sort()).toEqual([unverifiedOwn.number, unverifiedGuest.number].sort());
  });

  it('pages the history newest first with a summary of each order', async () => {
    const user = await createTestUser(conn.db, { verified: true });
    const {
      product,
      variants: [a, b],
    } = await createProduct(conn.db, {
      variants: [
        { price: 100_000, stock: 50 },
        { price: 150_000, stock: 50 },
      ],
    });
    const placed = [];
    for (let i = 0; i < 3; i++) {
      placed.push(
        await placeTestOrder(conn.db, {
          lines: [
            { variantId: a?.id ?? 0, quantity: 1 },
            { variantId: b?.id ?? 0, quantity: 2 },
          ],
          email: user.email,
          customerId: user.id,
        }),
      );
    }
    const viewer = sessionUserOf(user);
    const first = await listAccountOrders(conn.db, viewer, 1, 2);
    expect([first.total, first.totalPages]).toEqual([3, 2]);
    expect(first.items.map((o) => o.number)).toEqual([placed[2]?.number, placed[1]?.number]);
    expect(first.items[0]).toMatchObject({
      status: 'placed',
      statusLabel: 'Đã đặt hàng',
      total: 430_000,
      itemCount: 3,
      firstItemName: product.name,
      otherLines: 1,
    });
    expect((await listAccountOrders(conn.db, viewer, 2, 2)).items.map((o) => o.number)).toEqual([placed[0]?.number]);
  });

  it('lists customers in /admin with order count, total spent over revenue statuses, and search', async () => {
    const tag = randomUUID().slice(0, 8);
    const customer = await createTestUser(conn.db, {
      verified: true,
      name: `Đặng Thị Hương ${tag}`,
      phone: '0977123456',
      email: `huong-${tag}@example.vn`,
    });
    const staff = await createTestUser(conn.db, { role: 'staff', name: `Nhân viên ${tag}` });
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 500_000, stock: 50 }] });
    const line = [{ variantId: v?.id ?? 0, quantity: 1 }];
    await placeTestOrder(conn.db, { lines: line, email: customer.email, customerId: customer.id }); // 530,000
    await placeTestOrder(conn.db, { lines: line, email: customer.email, customerId: null }); // guest, verified e-mail
    const cancelled = await placeTestOrder(conn.db, { lines: line, email: customer.email, customerId: customer.id });
    await conn.db.transaction((tx) => transitionOrder(tx, cancelled.id, 'cancelled', { actor: 'test' }));

    const byName = await listCustomers(conn.db, { q: `dang thi huong ${tag}` }); // accents and case ignored
    expect(byName.items.map((c) => c.id)).toEqual([customer.id]);
    expect(byName.items[0]).toMatchObject({ orderCount: 3, totalSpent: 1_060_000, phone: '0977123456' });
    expect((await listCustomers(conn.db, { q: `HUONG-${tag}@` })).items.map((c) => c.id)).toEqual([customer.id]);
    expect((await listCustomers(conn.db, { q: '0977 123 456' })).items.map((c) => c.id)).toContain(customer.id);
    expect((await listCustomers(conn.db, { q: '+84977123456' })).items.map((c) => c.id)).toContain(customer.id);
    // Staff are not customers; a LIKE wildcard typed in the box is just a character.
    expect((await listCustomers(conn.db, { q: `Nhân viên ${tag}` })).total).toBe(0);
    expect((await listCustomers(conn.db, { q: '%' })).total).toBe(0);
    expect(staff.role).toBe('staff');

    const page = await listCustomers(conn.db, { page: 1, pageSize: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.totalPages).toBe(Math.ceil(page.total / 2));

    const detail = await getCustomerDetail(conn.db, customer.id);
    expect(detail).toMatchObject({ orderCount: 3, totalSpent: 1_060_000, emailVerified: true });
    if (!detail) return;
    expect((await listCustomerOrders(conn.db, detail)).items.map((o) => o.status).sort()).toEqual(
      ['cancelled', 'placed', 'placed'].sort(),
    );
    expect(await getCustomerDetail(conn.db, 2_000_000_000)).toBeNull();
  });
});

describe.skipIf(!databaseUrl || !redisUp)('mua lại on PostgreSQL and Redis', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let redis: RedisStore;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
    redis = createRedisStore(
      createIoredisStore({ url: TEST_REDIS_URL }),
      `atl-test:reorder:${randomUUID().slice(0, 8)}:`,
    );
  });
  afterAll(async () => {
    await redis.close();
    await conn.close();
  });

  it('adds what is still for sale, capped to the stock left, and says what was not added', async () => {
    const user = await createTestUser(conn.db, { verified: true });
    const {
      product: plenty,
      variants: [ample],
    } = await createProduct(conn.db, { name: 'Loa còn nhiều', variants: [{ price: 300_000, stock: 20 }] });
    const {
      variants: [scarce],
    } = await createProduct(conn.db, { name: 'Tai nghe sắp hết', variants: [{ price: 200_000, stock: 5 }] });
    const {
      product: gone,
      variants: [withdrawn],
    } = await createProduct(conn.db, { name: 'Ampli ngừng bán', variants: [{ price: 900_000, stock: 5 }] });
    const {
      variants: [soldOut],
    } = await createProduct(conn.db, { name: 'Micro hết hàng', variants: [{ price: 100_000, stock: 5 }] });

    const order = await placeTestOrder(conn.db, {
      lines: [
        { variantId: ample?.id ?? 0, quantity: 2 },
        { variantId: scarce?.id ?? 0, quantity: 4 }, // leaves 1
        { variantId: withdrawn?.id ?? 0, quantity: 1 },
        { variantId: soldOut?.id ?? 0, quantity: 5 }, // leaves 0
      ],
      email: user.email,
      customerId: user.id,
    });
    await conn.db.update(products).set({ published: false }).where(eq(products.id, gone.id));
    const view = await getAccountOrder(conn.db, sessionUserOf(user), order.number);
    if (!view) throw new Error('order not visible');

    const cartId = randomUUID();
    // The cart already holds one of the plentiful product: the order's two come on top.
    await addToCart(conn.db, redis, cartId, ample?.id ?? 0, 1);
    const outcome = await reorderToCart(
      conn.db,
      redis,
      cartId,
      view.items.map((i) => ({ variantId: i.variantId, quantity: i.quantity, name: i.name })),
    );
    expect(await readCartLines(redis, cartId)).toEqual(
      [
        { variantId: ample?.id, quantity: 3 },
        { variantId: scarce?.id, quantity: 1 },
      ].sort((x, y) => (x.variantId ?? 0) - (y.variantId ?? 0)),
    );
    expect(outcome.addedUnits).toBe(3);
    expect(outcome.added.map((a) => a.name)).toEqual([plenty.name]);
    expect(outcome.capped).toEqual([{ variantId: scarce?.id, name: 'Tai nghe sắp hết', requested: 4, added: 1 }]);
    expect(outcome.skipped.map((s) => [s.name, s.reason])).toEqual([
      ['Ampli ngừng bán', 'đã ngừng bán'],
      ['Micro hết hàng', 'đã hết hàng'],
    ]);
    const message = describeReorder(order.number, outcome);
    expect(message.tone).toBe('error');
    expect(message.text).toContain(`Đã thêm 3 sản phẩm của đơn ${order.number} vào giỏ hàng.`);
    expect(message.text).toContain('"Tai nghe sắp hết" chỉ thêm được 1/4 sản phẩm');
    expect(message.text).toContain('"Ampli ngừng bán" đã ngừng bán');

    // Again: the cart now holds all that is left of the scarce one, so only the plentiful one is added.
    const again = await reorderToCart(
      conn.db,
      redis,
      cartId,
      view.items.map((i) => ({ variantId: i.variantId, quantity: i.quantity, name: i.name })),
    );
    expect(again.addedUnits).toBe(2);
    expect((await readCartLines(redis, cartId)).find((l) => l.variantId === scarce?.id)?.quantity).toBe(1);

    // Nothing left to add at all: an error, and the cart is unchanged.
    await conn.db
      .update(variants)
      .set({ stock: 0 })
      .where(eq(variants.id, ample?.id ?? 0));
    const before = await readCartLines(redis, cartId);
    const none = await reorderToCart(
      conn.db,
      redis,
      cartId,
      view.items.map((i) => ({ variantId: i.variantId, quantity: i.quantity, name: i.name })),
    );
    expect(none.addedUnits).toBe(0);
    expect(describeReorder(order.number, none).text).toMatch(/^Không thêm được sản phẩm nào/);
    expect(await readCartLines(redis, cartId)).toEqual(before);
    // The order itself is untouched by all of this.
    const [row] = await conn.db.select({ status: orders.status }).from(orders).where(eq(orders.id, order.id));
    expect(row?.status).toBe('placed');
  });
});
