import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { inventoryLedger } from '@/db/schema';
import type { ActionState } from '@/lib/admin/action';
import { createStaff, orderRow, placeTestOrder } from '../support/admin';
import { signInAs } from '../support/admin-session';
import { createProduct, stockOf } from '../support/factories';
import { connectTestDatabase } from '../support/test-database';

// The /admin server actions for stock and orders, called as the browser would (FormData) by a signed-in
// user: the permission is checked before the input is looked at, zod-invalid input comes back with an error
// per field and changes nothing, and valid input goes through with the page refreshed and caches told.

vi.mock('@/lib/auth/auth', () => import('../support/admin-session').then((m) => m.authModule));
// Outside Next there is no page to refresh nor cache to revalidate: what the actions ask for is recorded.
vi.mock('@/lib/admin/after-mutation', () => ({
  afterMutation: { refreshPage: vi.fn(), stockChanged: vi.fn(), emailQueued: vi.fn() },
}));

const databaseUrl = inject('databaseUrl');
const IDLE: ActionState = { status: 'idle' };

const formData = (values: Record<string, string>) => {
  const form = new FormData();
  for (const [k, v] of Object.entries(values)) form.append(k, v);
  form.append('$ACTION_ID_abc', ''); // React's own field: ignored
  return form;
};

describe.skipIf(!databaseUrl)('admin server actions', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let stock: typeof import('@/app/admin/stock/actions');
  let order: typeof import('@/app/admin/orders/actions');
  let after: typeof import('@/lib/admin/after-mutation')['afterMutation'];

  beforeAll(async () => {
    Object.assign(process.env, { DATABASE_URL: databaseUrl ?? '', LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal' });
    conn = connectTestDatabase(databaseUrl ?? '');
    [stock, order] = await Promise.all([import('@/app/admin/stock/actions'), import('@/app/admin/orders/actions')]);
    after = (await import('@/lib/admin/after-mutation')).afterMutation;
  });
  afterAll(async () => {
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn?.close();
  });
  beforeEach(async () => {
    vi.clearAllMocks();
    signInAs(await createStaff(conn.db, 'staff'));
  });

  const variant = async (stockLevel: number) => {
    const { product, variants } = await createProduct(conn.db, { variants: [{ price: 200_000, stock: stockLevel }] });
    const [v] = variants;
    if (!v) throw new Error('no variant');
    return { id: v.id, slug: product.slug };
  };

  it('checks the permission before the input: anonymous and customers get no field errors, only a refusal', async () => {
    const garbage = formData({ variantId: 'x', quantity: '-1' });
    signInAs(null);
    expect(await stock.adjustStockAction(IDLE, garbage)).toEqual({
      status: 'error',
      code: 'unauthorized',
      message: expect.any(String),
      fieldErrors: {},
    });
    signInAs(await createStaff(conn.db, 'customer'));
    expect(await order.orderAction(IDLE, garbage)).toMatchObject({
      status: 'error',
      code: 'forbidden',
      fieldErrors: {},
    });
  });

  it('rejects zod-invalid stock input with an error per field and writes nothing', async () => {
    const v = await variant(4);
    const state = await stock.adjustStockAction(
      IDLE,
      formData({
        variantId: String(v.id),
        reason: 'received',
        mode: 'remove',
        quantity: 'mười',
        note: 'x'.repeat(501),
      }),
    );
    expect(state).toMatchObject({ status: 'error', code: 'invalid' });
    if (state.status !== 'error') throw new Error('expected an error');
    expect(Object.keys(state.fieldErrors).sort()).toEqual(['mode', 'note', 'quantity']);
    expect(state.values).toMatchObject({ reason: 'received', quantity: 'mười' });
    expect(state.values).not.toHaveProperty('$ACTION_ID_abc');
    const wrongMode = await stock.adjustStockAction(
      IDLE,
      formData({ variantId: String(v.id), reason: 'received', mode: 'remove', quantity: '2' }),
    );
    expect(wrongMode).toMatchObject({ status: 'error', code: 'invalid', fieldErrors: { mode: expect.any(String) } });
    const noReason = await stock.adjustStockAction(IDLE, formData({ variantId: String(v.id), quantity: '2' }));
    expect(noReason).toMatchObject({ fieldErrors: { reason: 'Vui lòng chọn lý do', mode: expect.any(String) } });
    expect(await stockOf(conn.db, v.id)).toBe(4);
    expect(await conn.db.select().from(inventoryLedger).where(eq(inventoryLedger.variantId, v.id))).toEqual([]);
    expect(after.refreshPage).not.toHaveBeenCalled();
  });

  it('rejects zod-invalid order input with an error per field and changes nothing', async () => {
    const { order: placed } = await placeTestOrder(conn.db);
    const base = { number: placed.number, expectedStatus: 'placed' };
    const cases: [Record<string, string>, string[]][] = [
      [{ ...base, action: 'ship', carrier: ' ', trackingNumber: 'có dấu cách' }, ['carrier', 'trackingNumber']],
      [{ ...base, action: 'refund', amount: 'một triệu', reason: '', expectedRefunded: '0' }, ['amount', 'reason']],
      [{ ...base, action: 'cancel', reason: 'no' }, ['reason']],
      [{ ...base, action: 'explode' }, ['action']],
      [
        { action: 'confirm', number: "ATL-1'; drop table orders;--", expectedStatus: 'nowhere' },
        ['expectedStatus', 'number'],
      ],
    ];
    for (const [values, fields] of cases) {
      const state = await order.orderAction(IDLE, formData(values));
      expect(state, values.action).toMatchObject({ status: 'error', code: 'invalid' });
      if (state.status === 'error') expect(Object.keys(state.fieldErrors).sort()).toEqual(fields);
    }
    expect((await orderRow(conn.db, placed.id)).status).toBe('placed');
  });

  it('applies valid input, refreshes the page and revalidates the product only as far as needed', async () => {
    const v = await variant(0);
    const back = await stock.adjustStockAction(
      IDLE,
      formData({ variantId: String(v.id), reason: 'received', mode: 'add', quantity: '12', note: 'PN-22' }),
    );
    expect(back).toEqual({ status: 'ok', message: 'Đã cập nhật tồn kho: 0 → 12 (+12).', redirectTo: undefined });
    expect(after.stockChanged).toHaveBeenCalledWith([v.slug], true); // back in stock: listings too
    expect(after.refreshPage).toHaveBeenCalledTimes(1);

    vi.clearAllMocks();
    await stock.adjustStockAction(
      IDLE,
      formData({ variantId: String(v.id), reason: 'damaged', mode: 'remove', quantity: '2' }),
    );
    expect(after.stockChanged).toHaveBeenCalledWith([v.slug], false); // still in stock: its page only

    const tooMany = await stock.adjustStockAction(
      IDLE,
      formData({ variantId: String(v.id), reason: 'damaged', mode: 'remove', quantity: '11' }),
    );
    expect(tooMany).toMatchObject({
      status: 'error',
      code: 'conflict',
      fieldErrors: { quantity: expect.stringContaining('Chỉ còn 10') },
    });
    expect(await stockOf(conn.db, v.id)).toBe(10);
  });

  it('moves an order and wakes the outbox; the same form sent again is refused as stale', async () => {
    const { order: placed } = await placeTestOrder(conn.db);
    const confirm = formData({ action: 'confirm', number: placed.number, expectedStatus: 'placed' });
    expect(await order.orderAction(IDLE, confirm)).toMatchObject({ status: 'ok' });
    expect(after.refreshPage).toHaveBeenCalledTimes(1);
    const again = await order.orderAction(IDLE, confirm);
    expect(again).toMatchObject({ status: 'error', code: 'conflict' });
    if (again.status === 'error') expect(again.message).toContain('Đang xử lý');

    const ship = formData({
      action: 'ship',
      number: placed.number,
      expectedStatus: 'processing',
      carrier: 'Viettel Post',
      trackingNumber: 'VTP998877',
    });
    expect(await order.orderAction(IDLE, ship)).toMatchObject({ status: 'ok' });
    expect(after.emailQueued).toHaveBeenCalledTimes(1);
    expect(await orderRow(conn.db, placed.id)).toMatchObject({ status: 'shipped', trackingNumber: 'VTP998877' });
  });
});
