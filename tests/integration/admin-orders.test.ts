import { and, asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inventoryLedger, orderEvents, outbox, payments, refunds } from '@/db/schema';
import type { AuditActor } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import type { OutgoingMail } from '@/lib/email/mailer';
import { formatVnd } from '@/lib/money';
import { type OrderActionInput, orderActionSchema } from '@/lib/orders/admin-action-schema';
import { performOrderAction } from '@/lib/orders/admin-actions';
import { getAdminOrderDetail } from '@/lib/orders/admin-detail';
import { ORDER_ACTIONS, type OrderAction } from '@/lib/orders/admin-rules';
import { getOrderView } from '@/lib/orders/queries';
import { statusEmailHandlers } from '@/lib/orders/status-emails';
import { auditCount, createStaff, orderRow, placePaidOrder, placeTestOrder } from '../support/admin';
import { stockOf } from '../support/factories';
import { connectTestDatabase } from '../support/test-database';

// Staff actions on orders against real PostgreSQL: each allowed only from the states the state machine and
// the rules allow, a stale form refused without a trace, refunds within what was paid, stock back with
// ledger rows on cancel, one audit row per action and each shopper e-mail queued (and sent) once.

const databaseUrl = inject('databaseUrl');

const EXTRA: Partial<Record<OrderAction, Record<string, string>>> = {
  ship: { carrier: 'Giao Hàng Nhanh (GHN)', trackingNumber: 'GHN12345678' },
  cancel: { reason: 'Khách đổi ý, gọi điện hủy' },
  refund: { amount: '100000', reason: 'Giảm giá bù giao chậm', expectedRefunded: '0' },
};

function input(action: OrderAction, number: string, expectedStatus: string, over: Record<string, string> = {}) {
  return orderActionSchema.parse({ action, number, expectedStatus, ...EXTRA[action], ...over }) as OrderActionInput;
}

async function outboxFor(db: Db, prefix: string) {
  return db
    .select()
    .from(outbox)
    .where(sql`${outbox.dedupeKey} like ${`${prefix}%`}`)
    .orderBy(asc(outbox.id));
}

async function timeline(db: Db, orderId: number) {
  const rows = await db
    .select({
      from: orderEvents.fromStatus,
      to: orderEvents.toStatus,
      actor: orderEvents.actor,
      note: orderEvents.note,
    })
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(asc(orderEvents.id));
  return rows;
}

describe.skipIf(!databaseUrl)('staff order actions', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let actor: AuditActor;
  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    actor = await createStaff(conn.db);
  });
  afterAll(() => conn.close());

  const act = (i: OrderActionInput) => performOrderAction(conn.db, i, actor);

  /** Every action tried on the order as it is now: which went through is compared, the refused change nothing. */
  async function refusedExcept(orderId: number, number: string, allowed: OrderAction[]) {
    for (const action of ORDER_ACTIONS.filter((a) => !allowed.includes(a))) {
      const before = await orderRow(conn.db, orderId);
      const events = (await timeline(conn.db, orderId)).length;
      const result = await act(input(action, number, before.status));
      expect(result, `${action} from ${before.status}`).toMatchObject({ ok: false, code: 'conflict' });
      const after = await orderRow(conn.db, orderId);
      expect(after.status).toBe(before.status);
      expect(after.updatedAt).toEqual(before.updatedAt);
      expect((await timeline(conn.db, orderId)).length).toBe(events);
    }
  }

  it('takes a COD order through confirm, ship, deliver, cash collected and complete, refusing everything else', async () => {
    const { order } = await placeTestOrder(conn.db);
    const n = order.number;
    await refusedExcept(order.id, n, ['confirm', 'cancel']);
    expect(await act(input('confirm', n, 'placed'))).toMatchObject({ ok: true });
    await refusedExcept(order.id, n, ['ship', 'cancel']);

    const shipped = await act(input('ship', n, 'processing'));
    expect(shipped).toMatchObject({ ok: true, emailQueued: true });
    const row = await orderRow(conn.db, order.id);
    expect(row).toMatchObject({
      status: 'shipped',
      shippingCarrier: 'Giao Hàng Nhanh (GHN)',
      trackingNumber: 'GHN12345678',
    });
    await refusedExcept(order.id, n, ['deliver']);

    expect(await act(input('deliver', n, 'shipped'))).toMatchObject({ ok: true, emailQueued: true });
    // Delivered but the cash is not in yet: not complete, nothing to refund.
    await refusedExcept(order.id, n, ['cod_collected']);
    expect(await act(input('cod_collected', n, 'delivered'))).toMatchObject({ ok: true, emailQueued: false });
    expect((await orderRow(conn.db, order.id)).codCollectedAt).toBeInstanceOf(Date);
    await refusedExcept(order.id, n, ['complete', 'refund']);
    expect(await act(input('complete', n, 'delivered'))).toMatchObject({ ok: true });
    await refusedExcept(order.id, n, ['refund']);

    expect(await timeline(conn.db, order.id)).toEqual([
      { from: null, to: 'placed', actor: 'checkout', note: null },
      { from: 'placed', to: 'processing', actor: actor.email, note: null },
      { from: 'processing', to: 'shipped', actor: actor.email, note: 'Giao Hàng Nhanh (GHN) · mã vận đơn GHN12345678' },
      { from: 'shipped', to: 'delivered', actor: actor.email, note: null },
      { from: 'delivered', to: 'completed', actor: actor.email, note: null },
    ]);
    expect(await auditCount(conn.db, 'order', n)).toBe(5);
    const detail = await getAdminOrderDetail(conn.db, n);
    expect(detail?.paid).toBe(order.total);

    // The shopper's view shows the shipment and the cash received.
    const view = await getOrderView(conn.db, n);
    expect(view?.shipment).toEqual({ carrier: 'Giao Hàng Nhanh (GHN)', trackingNumber: 'GHN12345678' });
    expect(view?.codCollectedAt).not.toBeNull();
    expect(view?.statusLabel).toBe('Hoàn tất');
  });

  it('confirms a paid online order; cancelling a pending one ends its open attempt', async () => {
    const paid = await placePaidOrder(conn.db);
    await refusedExcept(paid.order.id, paid.order.number, ['confirm', 'cancel', 'refund']);
    expect(await act(input('confirm', paid.order.number, 'paid'))).toMatchObject({ ok: true });

    const pending = await placeTestOrder(conn.db, { method: 'momo' });
    await conn.db.insert(payments).values({
      orderId: pending.order.id,
      gateway: 'momo',
      reference: `M${pending.order.id}-${Date.now()}`,
      amount: pending.order.total,
    });
    await refusedExcept(pending.order.id, pending.order.number, ['cancel']);
    expect(await act(input('cancel', pending.order.number, 'pending_payment'))).toMatchObject({ ok: true });
    const [attempt] = await conn.db.select().from(payments).where(eq(payments.orderId, pending.order.id));
    expect(attempt?.status).toBe('cancelled');
  });

  it('refuses a stale form (the order moved meanwhile) and changes nothing', async () => {
    const { order } = await placeTestOrder(conn.db);
    expect(await act(input('confirm', order.number, 'placed'))).toMatchObject({ ok: true });
    const before = await orderRow(conn.db, order.id);
    const audits = await auditCount(conn.db, 'order', order.number);
    // A second tab still shows "placed": its confirm and its cancel are both refused.
    for (const action of ['confirm', 'cancel'] as const) {
      const result = await act(input(action, order.number, 'placed'));
      expect(result).toMatchObject({ ok: false, code: 'conflict' });
      expect(!result.ok && result.message).toContain('Đang xử lý');
    }
    expect(await orderRow(conn.db, order.id)).toEqual(before);
    expect(await auditCount(conn.db, 'order', order.number)).toBe(audits);
    expect(await stockOf(conn.db, (await getOrderView(conn.db, order.number))?.items[0]?.variantId ?? 0)).toBe(3);
    expect(await act(input('confirm', 'ATL-999999', 'placed'))).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('cancels before shipping with the stock back in ledger rows; a shipped order cannot be cancelled', async () => {
    const { order, variant } = await placeTestOrder(conn.db, { stock: 2, quantity: 2 });
    expect(await stockOf(conn.db, variant.id)).toBe(0);
    const result = await act(input('confirm', order.number, 'placed')).then(() =>
      act(input('cancel', order.number, 'processing')),
    );
    expect(result).toMatchObject({ ok: true, emailQueued: true, released: { inStockChanged: true } });
    expect(await stockOf(conn.db, variant.id)).toBe(2);
    const ledger = await conn.db
      .select()
      .from(inventoryLedger)
      .where(and(eq(inventoryLedger.variantId, variant.id), eq(inventoryLedger.reason, 'order_cancelled')));
    expect(ledger).toEqual([
      expect.objectContaining({ delta: 2, stockAfter: 2, orderId: order.id, actor: actor.email }),
    ]);
    // Nothing was paid: no refund.
    expect(await conn.db.select().from(refunds).where(eq(refunds.orderId, order.id))).toEqual([]);
    const [event] = (await timeline(conn.db, order.id)).slice(-1);
    expect(event).toEqual({
      from: 'processing',
      to: 'cancelled',
      actor: actor.email,
      note: 'Khách đổi ý, gọi điện hủy',
    });

    const shipped = await placeTestOrder(conn.db);
    await act(input('confirm', shipped.order.number, 'placed'));
    await act(input('ship', shipped.order.number, 'processing'));
    expect(await act(input('cancel', shipped.order.number, 'shipped'))).toMatchObject({ ok: false, code: 'conflict' });
    expect(await stockOf(conn.db, shipped.variant.id)).toBe(3);
  });

  it('records the refund of a paid order that is cancelled: whatever was not refunded yet', async () => {
    const { order } = await placePaidOrder(conn.db, { price: 400_000, quantity: 1 });
    expect(
      await act(input('refund', order.number, 'paid', { amount: '30.000', reason: 'Bù phí giao hàng' })),
    ).toMatchObject({ ok: true, emailQueued: true });
    const result = await act(input('cancel', order.number, 'paid', { refundReference: 'VNP-RF-778899' }));
    expect(result).toMatchObject({ ok: true, emailQueued: true });
    const rows = await conn.db.select().from(refunds).where(eq(refunds.orderId, order.id)).orderBy(asc(refunds.id));
    expect(rows.map((r) => [r.amount, r.reference, r.actor])).toEqual([
      [30_000, null, actor.email],
      [order.total - 30_000, 'VNP-RF-778899', actor.email],
    ]);
    expect(rows[1]?.reason).toBe('Hủy đơn: Khách đổi ý, gọi điện hủy');
    const [email] = await outboxFor(conn.db, `order-cancelled:${order.id}`);
    expect(email?.payload).toEqual({
      orderNumber: order.number,
      reason: 'Khách đổi ý, gọi điện hủy',
      refundId: rows[1]?.id,
    });
  });

  it('keeps refunds within the total minus earlier refunds, and only for paid orders', async () => {
    const { order } = await placePaidOrder(conn.db, { price: 250_000, quantity: 2 }); // 500,000 + 30,000 shipping
    const total = order.total;
    const over = await act(input('refund', order.number, 'paid', { amount: String(total + 1) }));
    expect(over).toMatchObject({ ok: false, code: 'invalid' });
    expect(!over.ok && over.fieldErrors?.amount).toContain('Tối đa');

    expect(await act(input('refund', order.number, 'paid', { amount: '200000' }))).toMatchObject({ ok: true });
    // The same form again (it still says nothing was refunded): refused as stale, not a second refund.
    expect(await act(input('refund', order.number, 'paid', { amount: '200000' }))).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    const rest = total - 200_000;
    expect(
      await act(input('refund', order.number, 'paid', { amount: String(rest + 1), expectedRefunded: '200000' })),
    ).toMatchObject({ ok: false, code: 'invalid' });
    expect(
      await act(input('refund', order.number, 'paid', { amount: String(rest), expectedRefunded: '200000' })),
    ).toMatchObject({ ok: true });
    expect(
      await act(input('refund', order.number, 'paid', { amount: '1', expectedRefunded: String(total) })),
    ).toMatchObject({ ok: false, code: 'conflict' });
    const [sum] = await conn.db
      .select({ total: sql<string>`sum(${refunds.amount})` })
      .from(refunds)
      .where(eq(refunds.orderId, order.id));
    expect(Number(sum?.total)).toBe(total);

    // Unpaid: a COD order not yet collected, an online order not yet paid.
    const cod = await placeTestOrder(conn.db);
    expect(await act(input('refund', cod.order.number, 'placed'))).toMatchObject({ ok: false, code: 'conflict' });
    const unpaid = await placeTestOrder(conn.db, { method: 'vnpay' });
    expect(await act(input('refund', unpaid.order.number, 'pending_payment'))).toMatchObject({
      ok: false,
      code: 'conflict',
    });
  });

  it('lets only one of two concurrent refunds through when both together would exceed the total', async () => {
    const { order } = await placePaidOrder(conn.db, { price: 1_000_000, quantity: 1 });
    const amount = String(Math.ceil(order.total * 0.6));
    const results = await Promise.all(
      Array.from({ length: 4 }, (_, i) =>
        act(input('refund', order.number, 'paid', { amount, reason: `Hoàn lần ${i + 1}` })),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const rows = await conn.db.select().from(refunds).where(eq(refunds.orderId, order.id));
    expect(rows).toHaveLength(1);
  });

  it('queues each shopper e-mail once, and the worker sends each once with the right content', async () => {
    const { order } = await placeTestOrder(conn.db, { contact: { email: 'mail.once@example.vn' } });
    await act(input('confirm', order.number, 'placed'));
    await act(input('ship', order.number, 'processing', { trackingNumber: 'SPXVN0123456789' }));
    await act(input('ship', order.number, 'processing', { trackingNumber: 'SPXVN0123456789' })); // a double click
    await act(input('deliver', order.number, 'shipped'));
    const shipped = await outboxFor(conn.db, `order-shipped:${order.id}`);
    const delivered = await outboxFor(conn.db, `order-delivered:${order.id}`);
    expect(shipped).toHaveLength(1);
    expect(delivered).toHaveLength(1);
    expect(shipped[0]?.kind).toBe('order_shipped_email');

    // The rows through the real handlers with a recording mailer (the worker's own once-only claiming is
    // tested with the payments; other test files' rows in this shared database are not ours to send).
    const sent: OutgoingMail[] = [];
    const handlers = statusEmailHandlers(
      async (mail) => {
        sent.push(mail);
      },
      (n) => `https://shop.test/don-hang/${n}?token=t`,
    );
    for (const row of [...shipped, ...delivered]) {
      await conn.db.transaction((tx) => {
        const handler = handlers[row.kind];
        if (!handler) throw new Error(`no handler for ${row.kind}`);
        return handler(row.payload, row, tx);
      });
    }
    expect(sent.map((m) => m.subject)).toEqual([
      `Đơn hàng ${order.number} đang được giao – Audio Tài Lộc`,
      `Đơn hàng ${order.number} đã được giao – Audio Tài Lộc`,
    ]);
    expect(sent[0]?.to).toBe('mail.once@example.vn');
    expect(sent[0]?.text).toContain('Mã vận đơn: SPXVN0123456789');
    expect(sent[0]?.html).toContain('Giao Hàng Nhanh (GHN)');
    expect(sent[0]?.text).toContain(`Vui lòng chuẩn bị ${formatVnd(order.total)} để thanh toán khi nhận hàng`);
    expect(sent[0]?.messageId).toBe(`<order-${order.number}-shipped@audiotailoc.vn>`);
  });
});
