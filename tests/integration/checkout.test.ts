import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inventoryLedger, orderEvents, orders, outbox, products, variants } from '@/db/schema';
import { placeOrder, type PlaceOrderInput } from '@/lib/checkout/place-order';
import { writeOrder } from '@/lib/checkout/write-order';
import { getOrderView } from '@/lib/orders/queries';
import { transitionOrder } from '@/lib/orders/transition';
import { createMailer } from '@/lib/email/mailer';
import { outboxHandlers } from '@/lib/outbox/handlers';
import { processOutbox } from '@/lib/outbox/worker';
import { checkoutRequest, createProduct, stockOf, testKey } from '../support/factories';
import { type CaughtMail, startSmtpSink } from '../support/smtp-sink';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// Placing orders against real PostgreSQL: stock can never be oversold, a key makes a repeat return the
// same order, prices are re-read, and the confirmation e-mail goes out exactly once.

const databaseUrl = inject('databaseUrl');
const shipping = { flatFee: 30_000, freeFrom: 1_000_000 };

function input(lines: PlaceOrderInput['lines'], extra: Partial<PlaceOrderInput> = {}): PlaceOrderInput {
  return { lines, request: checkoutRequest(), idempotencyKey: testKey(), shipping, paymentWindowMinutes: 15, ...extra };
}

describe.skipIf(!databaseUrl)('checkout on PostgreSQL', () => {
  // A database of its own: these tests drain the outbox and count the e-mails, and other files fill the
  // shared database's outbox at the same time.
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    database = await createTestDatabase('atl_checkout', { seed: true });
    conn = connectTestDatabase(database.url);
  });
  afterAll(async () => {
    await conn.close();
    await smtp.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  it('places a COD order: snapshots, totals, stock, ledger, timeline and outbox in one go', async () => {
    const {
      product,
      variants: [a, b],
    } = await createProduct(conn.db, {
      variants: [
        { price: 450_000, stock: 5, options: { 'Màu sắc': 'Đen' } },
        { price: 120_000, stock: 2 },
      ],
    });
    const result = await placeOrder(
      conn.db,
      input([
        { variantId: a?.id ?? 0, quantity: 2 },
        { variantId: b?.id ?? 0, quantity: 1 },
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.number).toMatch(/^ATL-\d{6}$/);
    expect(result.order.status).toBe('placed');
    expect(result.order.subtotal).toBe(1_020_000);
    expect(result.order.shippingFee).toBe(0); // free from 1,000,000
    expect(result.order.total).toBe(1_020_000);
    expect(await stockOf(conn.db, a?.id ?? 0)).toBe(3);
    expect(await stockOf(conn.db, b?.id ?? 0)).toBe(1);
    const view = await getOrderView(conn.db, result.order.number);
    expect(view?.items.map((i) => [i.name, i.variantLabel, i.unitPrice, i.quantity])).toEqual([
      [product.name, 'Đen', 450_000, 2],
      [product.name, '', 120_000, 1],
    ]);
    expect(view?.shippingAddress.formatted).toContain('Phường Ba Đình');
    expect(view?.contact.phone).toBe('0912345678');
    expect(view?.timeline.map((t) => t.status)).toEqual(['placed']);
    const ledger = await conn.db
      .select()
      .from(inventoryLedger)
      .where(eq(inventoryLedger.variantId, a?.id ?? 0));
    expect(ledger.map((l) => [l.delta, l.stockAfter, l.reason])).toEqual([[-2, 3, 'order_placed']]);
    const queued = await conn.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `order-confirmation:${result.order.id}`));
    expect(queued).toHaveLength(1);
  });

  it('charges the shipping fee below the threshold', async () => {
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 200_000, stock: 3 }] });
    const result = await placeOrder(conn.db, input([{ variantId: v?.id ?? 0, quantity: 1 }]));
    expect(result.ok && [result.order.subtotal, result.order.shippingFee, result.order.total]).toEqual([
      200_000, 30_000, 230_000,
    ]);
  });

  it('200 concurrent orders for a variant with stock 50: exactly 50 succeed, stock ends at 0, ledger agrees', async () => {
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 990_000, stock: 50 }] });
    const id = v?.id ?? 0;
    const results = await Promise.all(
      Array.from({ length: 200 }, () => placeOrder(conn.db, input([{ variantId: id, quantity: 1 }]))),
    );
    const ok = results.filter((r) => r.ok);
    const outOfStock = results.filter((r) => !r.ok && r.code === 'out_of_stock');
    expect(ok).toHaveLength(50);
    expect(outOfStock).toHaveLength(150);
    expect(await stockOf(conn.db, id)).toBe(0);
    const [sum] = await conn.db
      .select({ total: sql<number>`coalesce(sum(${inventoryLedger.delta}), 0)::int`, rows: sql<number>`count(*)::int` })
      .from(inventoryLedger)
      .where(eq(inventoryLedger.variantId, id));
    expect(sum).toEqual({ total: -50, rows: 50 });
    const numbers = new Set(ok.map((r) => (r.ok ? r.order.number : '')));
    expect(numbers.size).toBe(50);
    // Exactly the order that took the last unit reports the sell-out (listings are refreshed then).
    expect(ok.filter((r) => r.ok && r.soldOut)).toHaveLength(1);
  });

  it('concurrent carts over the same variants in any order: no deadlock, no oversell, ledger and sold counts agree', async () => {
    const made = await Promise.all(
      [0, 1, 2].map(() => createProduct(conn.db, { variants: [{ price: 100_000, stock: 25 }] })),
    );
    const ids = made.map((m) => m.variants[0]?.id ?? 0);
    // 60 carts of two or three of the variants, listed in shuffled orders: 150 units asked for, 75 in stock.
    const carts = Array.from({ length: 60 }, (_, i) => {
      const picked = i % 2 === 0 ? [ids[2], ids[0]] : [ids[1], ids[2], ids[0]];
      return picked.map((variantId) => ({ variantId: variantId ?? 0, quantity: 1 }));
    });
    const results = await Promise.all(carts.map((lines) => placeOrder(conn.db, input(lines))));
    expect(results.every((r) => r.ok || r.code === 'out_of_stock')).toBe(true);
    const units = new Map<number, number>(ids.map((id) => [id, 0]));
    for (const r of results)
      if (r.ok) for (const i of r.order.items) units.set(i.variantId, (units.get(i.variantId) ?? 0) + i.quantity);
    for (const [index, id] of ids.entries()) {
      const sold = units.get(id) ?? 0;
      expect(sold).toBeLessThanOrEqual(25);
      expect(await stockOf(conn.db, id)).toBe(25 - sold);
      const [ledger] = await conn.db
        .select({ total: sql<number>`coalesce(sum(${inventoryLedger.delta}), 0)::int` })
        .from(inventoryLedger)
        .where(eq(inventoryLedger.variantId, id));
      expect(ledger?.total).toBe(-sold);
      const [product] = await conn.db
        .select({ soldCount: products.soldCount })
        .from(products)
        .where(eq(products.id, made[index]?.product.id ?? 0));
      expect(product?.soldCount).toBe(sold);
    }
    // Every variant sold out: the first one is in every cart.
    expect(await stockOf(conn.db, ids[0] ?? 0)).toBe(0);
  });

  it('writes nothing when a price moved after the order was priced, and says so', async () => {
    const {
      product,
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 500_000, stock: 3 }] });
    const line = {
      variantId: v?.id ?? 0,
      quantity: 1,
      productId: product.id,
      productSlug: product.slug,
      productName: product.name,
      variantLabel: '',
      sku: 'X',
      image: null,
      unitPrice: 450_000, // not the price any more
      lineTotal: 450_000,
    };
    const result = await writeOrder(conn.db, {
      lines: [line],
      status: 'placed',
      paymentMethod: 'cod',
      customerId: null,
      contact: { name: 'An', phone: '0912345678', email: 'an@example.vn' },
      address: { provinceCode: '01', provinceName: 'Hà Nội', wardCode: '00004', wardName: 'Ba Đình', street: '1 A' },
      note: null,
      invoice: null,
      subtotal: 450_000,
      shippingFee: 30_000,
      idempotencyKey: testKey(),
      requestHash: 'x',
      paymentWindowMinutes: null,
      queueConfirmation: true,
    });
    expect(result).toEqual({
      written: false,
      lines: [{ variantId: v?.id, stock: 3, sellable: true, priceMatches: false }],
    });
    expect(await stockOf(conn.db, v?.id ?? 0)).toBe(3);
    const [counts] = await conn.db
      .select({ n: sql<number>`count(*)::int` })
      .from(inventoryLedger)
      .where(eq(inventoryLedger.variantId, v?.id ?? 0));
    expect(counts?.n).toBe(0);
  });

  it('out of stock names the item and reserves nothing, even for the lines that had stock', async () => {
    const {
      product,
      variants: [plenty, scarce],
    } = await createProduct(conn.db, {
      name: 'Tai nghe chống ồn thử nghiệm',
      variants: [
        { price: 100_000, stock: 10 },
        { price: 100_000, stock: 1 },
      ],
    });
    const result = await placeOrder(
      conn.db,
      input([
        { variantId: plenty?.id ?? 0, quantity: 3 },
        { variantId: scarce?.id ?? 0, quantity: 2 },
      ]),
    );
    expect(result.ok).toBe(false);
    if (result.ok || result.code !== 'out_of_stock') throw new Error('expected out_of_stock');
    expect(result.items).toEqual([{ variantId: scarce?.id, name: product.name, requested: 2, available: 1 }]);
    expect(result.message).toContain('chỉ còn 1');
    expect(await stockOf(conn.db, plenty?.id ?? 0)).toBe(10);
    expect(await stockOf(conn.db, scarce?.id ?? 0)).toBe(1);
  });

  it('an idempotency key returns the same order on repeat, also concurrently, and refuses another request', async () => {
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 300_000, stock: 10 }] });
    const key = testKey();
    const first = await placeOrder(conn.db, input([{ variantId: v?.id ?? 0, quantity: 1 }], { idempotencyKey: key }));
    // The cart was cleared after the first success: the retry comes with no lines.
    const again = await placeOrder(conn.db, input([], { idempotencyKey: key }));
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.replayed).toBe(true);
    expect(again.order.number).toBe(first.order.number);
    expect(again.order.accessToken).toBe(first.order.accessToken);
    expect(await stockOf(conn.db, v?.id ?? 0)).toBe(9);

    const raceKey = testKey();
    const race = await Promise.all(
      Array.from({ length: 10 }, () =>
        placeOrder(conn.db, input([{ variantId: v?.id ?? 0, quantity: 1 }], { idempotencyKey: raceKey })),
      ),
    );
    expect(new Set(race.map((r) => (r.ok ? r.order.number : r.code))).size).toBe(1);
    expect(await stockOf(conn.db, v?.id ?? 0)).toBe(8);

    const other = await placeOrder(
      conn.db,
      input([{ variantId: v?.id ?? 0, quantity: 1 }], {
        idempotencyKey: key,
        request: checkoutRequest({ note: 'Giao giờ hành chính' }),
      }),
    );
    expect(other.ok === false && other.code).toBe('idempotency_conflict');
  });

  it('uses the current price when it changed after the item went into the cart, and says so', async () => {
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 1_500_000, stock: 5 }] });
    await conn.db
      .update(variants)
      .set({ price: 1_390_000 })
      .where(eq(variants.id, v?.id ?? 0));
    const result = await placeOrder(
      conn.db,
      input([{ variantId: v?.id ?? 0, quantity: 1 }], {
        request: checkoutRequest({ expectedPrices: { [String(v?.id)]: 1_500_000 } }),
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.order.items[0]?.unitPrice).toBe(1_390_000);
    expect(result.priceChanges).toEqual([
      { variantId: v?.id, name: expect.any(String), cartPrice: 1_500_000, orderPrice: 1_390_000 },
    ]);
    // A later price edit does not touch the placed order.
    await conn.db
      .update(variants)
      .set({ price: 2_000_000 })
      .where(eq(variants.id, v?.id ?? 0));
    expect((await getOrderView(conn.db, result.order.number))?.items[0]?.unitPrice).toBe(1_390_000);
  });

  it('refuses unpublished products and empty carts', async () => {
    const {
      product,
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 100_000, stock: 5 }] });
    await conn.db.update(products).set({ published: false }).where(eq(products.id, product.id));
    const hidden = await placeOrder(conn.db, input([{ variantId: v?.id ?? 0, quantity: 1 }]));
    expect(hidden.ok === false && hidden.code).toBe('unavailable');
    expect(await stockOf(conn.db, v?.id ?? 0)).toBe(5);
    const empty = await placeOrder(conn.db, input([]));
    expect(empty.ok === false && empty.code).toBe('empty_cart');
  });

  it('cancelling gives the stock back through the state machine, with ledger and timeline', async () => {
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 100_000, stock: 4 }] });
    const placed = await placeOrder(conn.db, input([{ variantId: v?.id ?? 0, quantity: 3 }]));
    if (!placed.ok) throw new Error('not placed');
    expect(await stockOf(conn.db, v?.id ?? 0)).toBe(1);
    const cancel = await conn.db.transaction((tx) =>
      transitionOrder(tx, placed.order.id, 'cancelled', { actor: 'test' }),
    );
    expect(cancel.ok).toBe(true);
    expect(await stockOf(conn.db, v?.id ?? 0)).toBe(4);
    const again = await conn.db.transaction((tx) =>
      transitionOrder(tx, placed.order.id, 'cancelled', { actor: 'test' }),
    );
    expect(again).toEqual({ ok: false, code: 'invalid_transition', from: 'cancelled', to: 'cancelled' });
    expect(await stockOf(conn.db, v?.id ?? 0)).toBe(4);
    const events = await conn.db.select().from(orderEvents).where(eq(orderEvents.orderId, placed.order.id));
    expect(events.map((e) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'placed'],
      ['placed', 'cancelled'],
    ]);
    const ledger = await conn.db
      .select({ delta: inventoryLedger.delta, reason: inventoryLedger.reason })
      .from(inventoryLedger)
      .where(and(eq(inventoryLedger.variantId, v?.id ?? 0), eq(inventoryLedger.orderId, placed.order.id)));
    expect(ledger).toEqual([
      { delta: -3, reason: 'order_placed' },
      { delta: 3, reason: 'order_cancelled' },
    ]);
  });

  it('the outbox sends exactly one confirmation e-mail per order, even with two workers at once', async () => {
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 250_000, stock: 20 }] });
    const placed: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await placeOrder(conn.db, input([{ variantId: v?.id ?? 0, quantity: 1 }]));
      if (r.ok) placed.push(r.order.number);
    }
    const before = smtp.mails.length;
    const handlers = outboxHandlers(
      conn.db,
      createMailer({ smtpUrl: smtp.url, from: 'Audio Tài Lộc <no-reply@audiotailoc.vn>', dir: '' }),
    );
    await Promise.all([
      processOutbox(conn.db, handlers, 1000),
      processOutbox(conn.db, handlers, 1000),
      processOutbox(conn.db, handlers, 1000),
    ]);
    await Promise.all([processOutbox(conn.db, handlers, 1000), processOutbox(conn.db, handlers, 1000)]);
    const mine = (mail: CaughtMail, number: string) => mail.raw.includes(number);
    for (const number of placed) {
      expect(
        smtp.mails.slice(before).filter((m) => mine(m, number)),
        number,
      ).toHaveLength(1);
    }
    const mail = smtp.mails.find((m) => mine(m, placed[0] ?? ''));
    expect(mail?.to).toEqual(['an.nguyen@example.vn']);
    expect(mail?.raw).toContain('Content-Type: text/html');
    expect(mail?.raw).toContain('Content-Type: text/plain');
    const rows = await conn.db.select().from(outbox).where(sql`${outbox.payload}->>'orderNumber' in ${placed}`);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    expect(
      (
        await conn.db.select({ n: sql<number>`count(*)::int` }).from(orders).where(sql`${orders.number} in ${placed}`)
      )[0]?.n,
    ).toBe(5);
  });
});
