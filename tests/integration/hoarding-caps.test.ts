import { count, eq } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '@/db/schema';
import { peerAddressHeader } from '@/lib/http/proxy-trust';
import { PG_ADMIN_URL, reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// Stock hoarding through the real cart and checkout routes (VNPay configured: its payment URL is signed locally):
// units of one variant per order, open unpaid online orders per phone/e-mail and per client address. A refused
// checkout writes no order and takes no stock; cash on delivery and a replayed request are not refused.

const run = requireOrSkip(
  (await reachable(PG_ADMIN_URL)) && (await reachable(TEST_REDIS_URL)),
  'PostgreSQL and Redis for the hoarding caps',
);

describe.skipIf(!run)('hoarding caps', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  let routes: {
    cartItems: typeof import('@/app/api/cart/items/route');
    checkout: typeof import('@/app/api/checkout/route');
  };
  let factories: typeof import('../support/factories');
  let seq = 0;

  beforeAll(async () => {
    database = await createTestDatabase('atl_hoarding', { seed: true });
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `atl-hoarding-${process.pid}-${Date.now()}:`,
      LOG_LEVEL: 'fatal',
      OUTBOX_WORKER: 'false',
      VNPAY_TMN_CODE: 'HOARDTMN',
      VNPAY_HASH_SECRET: 'HOARDINGVNPAYSECRET0123456789',
      VNPAY_HOST: 'https://sandbox.vnpayment.vn',
      ORDER_MAX_UNITS_PER_VARIANT: '3',
      MAX_OPEN_UNPAID_ORDERS_PER_CONTACT: '2',
      MAX_OPEN_UNPAID_ORDERS_PER_IP: '3',
    });
    conn = connectTestDatabase(database.url);
    routes = {
      cartItems: await import('@/app/api/cart/items/route'),
      checkout: await import('@/app/api/checkout/route'),
    };
    factories = await import('../support/factories');
  });
  afterAll(async () => {
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn?.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  const request = (url: string, body: unknown, headers: Record<string, string>) =>
    new NextRequest(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  type Buyer = { phone: string; email: string; ip: string };
  const buyer = (ip = `198.51.100.${++seq}`): Buyer => ({
    phone: `09${String(10_000_000 + ++seq * 7919).slice(-8)}`,
    email: `mua-${seq}-${Date.now().toString(36)}@example.vn`,
    ip,
  });

  async function checkout(
    who: Buyer,
    paymentMethod: 'vnpay' | 'cod',
    quantity = 1,
    key = factories.testKey(),
    existing?: { id: number },
  ) {
    const variant =
      existing ?? (await factories.createProduct(conn.db, { variants: [{ price: 450_000, stock: 20 }] })).variants[0];
    if (!variant) throw new Error('no variant');
    const headers = { [peerAddressHeader()]: who.ip };
    const added = await routes.cartItems.POST(
      request('https://shop.test/api/cart/items', { variantId: variant.id, quantity }, headers),
      {},
    );
    expect(added.status).toBeLessThan(300);
    const { cartId } = (await added.json()) as { cartId: string };
    const body = {
      contact: { name: 'Trần Thị Bích', phone: who.phone, email: who.email },
      shippingAddress: { provinceCode: '01', wardCode: '00004', street: 'Số 5 phố Tràng Tiền' },
      paymentMethod,
    };
    const res = await routes.checkout.POST(
      request('https://shop.test/api/checkout', body, { ...headers, 'x-cart-id': cartId, 'idempotency-key': key }),
      {},
    );
    type Body = { error?: { code: string; message: string }; order?: { number: string } };
    return { res, variantId: variant.id, json: (await res.json()) as Body };
  }

  const ordersOf = async (phone: string) =>
    (await conn.db.select({ n: count() }).from(orders).where(eq(orders.contactPhone, phone)))[0]?.n ?? 0;

  it('refuses more units of one variant than the cap, writing nothing', async () => {
    const who = buyer();
    const refused = await checkout(who, 'cod', 4);
    expect(refused.res.status).toBe(409);
    expect(refused.json.error?.code).toBe('order_limit');
    expect(refused.json.error?.message).toMatch(/tối đa 3 sản phẩm/);
    expect(await ordersOf(who.phone)).toBe(0);
    expect(await factories.stockOf(conn.db, refused.variantId)).toBe(20);
    expect((await checkout(who, 'cod', 3)).res.status).toBe(201);
  });

  it('caps open unpaid online orders per phone and per e-mail; COD and a replay still go through', async () => {
    const who = buyer();
    const key = factories.testKey();
    const first = await checkout(who, 'vnpay', 1, key);
    expect(first.res.status).toBe(201);
    expect((await checkout({ ...who, ip: buyer().ip }, 'vnpay')).res.status).toBe(201);
    const third = await checkout({ ...who, ip: buyer().ip }, 'vnpay');
    expect(third.res.status).toBe(409);
    expect(third.json.error?.code).toBe('order_limit');
    expect(await factories.stockOf(conn.db, third.variantId)).toBe(20);
    // Same e-mail, another phone: still the same shopper.
    const sameEmail = await checkout({ ...buyer(), email: who.email }, 'vnpay');
    expect(sameEmail.res.status).toBe(409);
    expect(await ordersOf(who.phone)).toBe(2);
    // Cash on delivery holds no stock for a payment window: not capped here.
    expect((await checkout(who, 'cod')).res.status).toBe(201);
    // The first request again (a retry after a lost answer) gets its order back, not a refusal.
    const replay = await checkout(who, 'vnpay', 1, key, { id: first.variantId });
    expect(replay.res.status).toBeLessThan(300);
    expect(replay.json.order?.number).toBe(first.json.order?.number);
  });

  it('caps unpaid online orders per client address within the payment window', async () => {
    const ip = '203.0.113.77';
    for (let i = 0; i < 3; i++) expect((await checkout(buyer(ip), 'vnpay')).res.status).toBe(201);
    const refused = await checkout(buyer(ip), 'vnpay');
    expect(refused.res.status).toBe(409);
    expect(refused.json.error?.code).toBe('order_limit');
    expect((await checkout(buyer(ip), 'cod')).res.status).toBe(201);
  });
});
