import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { inventoryLedger, orders, outbox, payments } from '@/db/schema';
import { paymentForPlacedOrder } from '@/lib/payments/checkout-payment';
import { expireOverdueOrders } from '@/lib/payments/expire';
import { createVnpayGateway } from '@/lib/payments/vnpay/gateway';
import { startPayment } from '@/lib/payments/start-payment';
import { noAfterCommit } from '@/lib/payments/after-commit';
import { vnpaySign } from '../support/gateway-signing';
import {
  deliver,
  latestAttempt,
  placeOnlineOrder,
  placePendingOrder,
  SITE,
  snapshot,
  startAttempt,
} from '../support/payments';
import { connectTestDatabase } from '../support/test-database';

// The life of an order waiting for an online payment: expiry (in batches, several sweepers at once),
// retrying with another method, switching to cash on delivery, and what checkout hands back on a repeat.

vi.hoisted(() => {
  process.env.LOG_LEVEL ??= 'fatal'; // the rejections and alerts below are expected
});

const databaseUrl = inject('databaseUrl');
const SECRET = 'LIFECYCLESECRET0123456789';
const vnpay = createVnpayGateway({
  tmnCode: 'ATLTEST2',
  hashSecret: SECRET,
  host: 'https://vnpay.test',
  sandbox: false,
});

function vnpayIpn(attempt: { reference: string; amount: number }, over: Record<string, string> = {}) {
  const params: Record<string, string> = {
    vnp_Amount: String(attempt.amount * 100),
    vnp_ResponseCode: '00',
    vnp_TmnCode: 'ATLTEST2',
    vnp_TransactionNo: '9001',
    vnp_TransactionStatus: '00',
    vnp_TxnRef: attempt.reference,
    ...over,
  };
  const q = new URLSearchParams(params);
  q.set('vnp_SecureHash', vnpaySign(params, SECRET));
  return { rawQuery: q.toString() };
}

describe.skipIf(!databaseUrl)('online orders over time', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(() => conn.close());

  const overdue = (ids: number[], by = '1 minute') =>
    conn.db
      .update(orders)
      .set({ paymentExpiresAt: sql`now() - ${by}::interval` })
      .where(inArray(orders.id, ids));

  it('an online order queues no e-mail when placed, only when paid', async () => {
    const { order } = await placePendingOrder(conn.db, 'vnpay');
    const rows = await conn.db
      .select()
      .from(outbox)
      .where(eq(outbox.dedupeKey, `order-confirmation:${order.id}`));
    expect(rows).toHaveLength(0);
  });

  it('expires overdue orders with their stock back and ledger rows; orders in their window (or grace) stay', async () => {
    const late = await placeOnlineOrder(conn.db, vnpay, { stock: 5, quantity: 2 });
    const fresh = await placeOnlineOrder(conn.db, vnpay, { stock: 5, quantity: 2 });
    const inGrace = await placeOnlineOrder(conn.db, vnpay, { stock: 5, quantity: 1 });
    await overdue([late.order.id], '5 minutes');
    await overdue([inGrace.order.id], '30 seconds');
    const result = await expireOverdueOrders(conn.db, { graceSeconds: 120 });
    expect(result.expired).toContain(late.order.number);
    expect(result.expired).not.toContain(fresh.order.number);
    expect(result.expired).not.toContain(inGrace.order.number);
    expect(await snapshot(conn.db, late.order.id, late.variant.id)).toMatchObject({
      status: 'expired',
      stock: 5,
      events: ['->pending_payment', 'pending_payment->expired'],
    });
    expect((await latestAttempt(conn.db, late.order.id)).status).toBe('expired');
    const ledger = await conn.db
      .select({ delta: inventoryLedger.delta, reason: inventoryLedger.reason })
      .from(inventoryLedger)
      .where(eq(inventoryLedger.orderId, late.order.id));
    expect(ledger).toEqual([
      { delta: -2, reason: 'order_placed' },
      { delta: 2, reason: 'order_expired' },
    ]);
    expect(await snapshot(conn.db, fresh.order.id, fresh.variant.id)).toMatchObject({
      status: 'pending_payment',
      stock: 3,
    });
    // An expired order cannot be paid for again.
    const retry = await startAttempt(conn.db, vnpay, late.order.number);
    expect(retry.ok === false && retry.code).toBe('not_payable');
  });

  it('three sweepers at once, in small batches, expire each of 24 orders exactly once', async () => {
    const placed: Awaited<ReturnType<typeof placePendingOrder>>[] = [];
    for (let i = 0; i < 24; i++) placed.push(await placePendingOrder(conn.db, 'vnpay', { stock: 3, quantity: 1 }));
    const ids = placed.map((p) => p.order.id);
    await overdue(ids);
    const results = await Promise.all([1, 2, 3].map(() => expireOverdueOrders(conn.db, { batchSize: 4 })));
    const mine = results.flatMap((r) => r.expired).filter((n) => placed.some((p) => p.order.number === n));
    expect(mine.sort()).toEqual(placed.map((p) => p.order.number).sort());
    const returned = await conn.db
      .select({ n: sql<number>`count(*)::int` })
      .from(inventoryLedger)
      .where(and(inArray(inventoryLedger.orderId, ids), eq(inventoryLedger.reason, 'order_expired')));
    expect(returned[0]?.n).toBe(24);
  });

  it('skips an order another transaction holds (a webhook paying it), and leaves it paid', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, vnpay);
    await overdue([order.id]);
    let release: () => void = () => {};
    const held = new Promise<void>((r) => {
      release = r;
    });
    let locked: () => void = () => {};
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const holder = conn.db.transaction(async (tx) => {
      await tx.select({ id: orders.id }).from(orders).where(eq(orders.id, order.id)).for('update');
      locked();
      await held;
    });
    await isLocked;
    const swept = await expireOverdueOrders(conn.db);
    expect(swept.expired).not.toContain(order.number);
    release();
    await holder;
    await deliver(conn.db, vnpay, vnpayIpn(attempt));
    expect((await expireOverdueOrders(conn.db)).expired).not.toContain(order.number);
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({ status: 'paid' });
  });

  it('a retry replaces the open attempt: a failure on the old one no longer ends the order', async () => {
    const { order, variant, attempt: first } = await placeOnlineOrder(conn.db, vnpay);
    const retried = await startAttempt(conn.db, vnpay, order.number);
    expect(retried.ok).toBe(true);
    const second = await latestAttempt(conn.db, order.id);
    expect(second.reference).not.toBe(first.reference);
    expect((await conn.db.select().from(payments).where(eq(payments.id, first.id)))[0]?.status).toBe('cancelled');
    await deliver(
      conn.db,
      vnpay,
      vnpayIpn(first, { vnp_ResponseCode: '24', vnp_TransactionStatus: '02', vnp_TransactionNo: '0' }),
    );
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({
      status: 'pending_payment',
      webhooks: ['ignored'],
    });
    await deliver(conn.db, vnpay, vnpayIpn(second));
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({ status: 'paid', emails: 1 });
    const again = await startAttempt(conn.db, vnpay, order.number);
    expect(again.ok === false && again.code).toBe('not_payable');
  });

  it('switching a pending order to cash on delivery confirms it once and keeps its stock', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, vnpay, { stock: 4, quantity: 1 });
    const switched = await startPayment(
      conn.db,
      { orderNumber: order.number, method: 'cod', clientIp: '1.1.1.1' },
      { after: noAfterCommit },
    );
    expect(switched).toEqual({
      ok: true,
      orderNumber: order.number,
      status: 'placed',
      method: 'cod',
      redirectUrl: null,
    });
    const [row] = await conn.db.select().from(orders).where(eq(orders.id, order.id));
    expect(row).toMatchObject({ status: 'placed', paymentMethod: 'cod', paymentExpiresAt: null });
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({
      stock: 3,
      emails: 1,
      events: ['->pending_payment', 'pending_payment->placed'],
    });
    expect((await latestAttempt(conn.db, order.id)).status).toBe('cancelled');
    // Money that still arrives on the old attempt is for staff; the order stays a COD order.
    await deliver(conn.db, vnpay, vnpayIpn(attempt));
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({
      status: 'placed',
      webhooks: ['needs_review'],
    });
    const twice = await startPayment(
      conn.db,
      { orderNumber: order.number, method: 'cod', clientIp: '1.1.1.1' },
      { after: noAfterCommit },
    );
    expect(twice.ok === false && twice.code).toBe('not_payable');
  });

  it('checkout hands a repeat the open attempt again instead of creating another', async () => {
    const { order } = await placePendingOrder(conn.db, 'vnpay');
    const deps = { gateway: vnpay, siteUrl: SITE, after: noAfterCommit };
    const first = await paymentForPlacedOrder(conn.db, order, { replayed: false, clientIp: '1.2.3.4' }, deps);
    const repeat = await paymentForPlacedOrder(conn.db, order, { replayed: true, clientIp: '1.2.3.4' }, deps);
    expect(first.redirectUrl).toMatch(/^https:\/\/vnpay\.test\//);
    expect(repeat).toEqual(first);
    const attempts = await conn.db.select().from(payments).where(eq(payments.orderId, order.id));
    expect(attempts).toHaveLength(1);
    const cod = await paymentForPlacedOrder(
      conn.db,
      { ...order, status: 'placed' },
      { replayed: false, clientIp: '' },
      deps,
    );
    expect(cod).toEqual({ redirectUrl: null, error: null });
  });
});
