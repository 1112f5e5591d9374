import { eq, inArray, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { orders } from '@/db/schema';
import { parseOrderFilter } from '@/lib/orders/admin-filter';
import { listAdminOrders } from '@/lib/orders/admin-list';
import { createStaff, placeTestOrder } from '../support/admin';
import { signInAs } from '../support/admin-session';
import { connectTestDatabase } from '../support/test-database';

// The /admin/orders filters and the CSV export route in-process, against real PostgreSQL: who may export,
// that the file is what Excel needs (BOM, CRLF, quoting, formulas defused), and that each filter (status,
// method, Vietnamese calendar days, number / phone / e-mail search) selects exactly the orders it should.

vi.mock('@/lib/auth/auth', () => import('../support/admin-session').then((m) => m.authModule));

const databaseUrl = inject('databaseUrl');

describe.skipIf(!databaseUrl)('order list filters and CSV export', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let route: typeof import('@/app/api/admin/orders/export/route');
  // Every order of this file has an e-mail with this tag: searching for it scopes the shared database to them.
  const tag = `csv${Date.now().toString(36)}`;
  const made: { number: string; id: number }[] = [];

  beforeAll(async () => {
    Object.assign(process.env, { DATABASE_URL: databaseUrl ?? '', LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal' });
    conn = connectTestDatabase(databaseUrl ?? '');
    route = await import('@/app/api/admin/orders/export/route');
    const specs = [
      // 2020-03-01 23:59:59 and 2020-03-02 00:00:00 in Vietnam (UTC+7).
      { at: '2020-03-01T16:59:59Z', method: 'cod', phone: '0901 111 222', name: 'Trần Thị Bình' },
      {
        at: '2020-03-01T17:00:00Z',
        method: 'vnpay',
        phone: '0902 333 444',
        name: '=HYPERLINK("http://evil.test","Bấm")',
      },
      { at: '2020-03-02T16:59:59Z', method: 'momo', phone: '0903 555 666', name: 'Lê Văn "Cường", Jr.' },
      { at: '2020-03-03T02:00:00Z', method: 'cod', phone: '0904 777 888', name: '@Phạm Dũng' },
    ] as const;
    for (const [i, s] of specs.entries()) {
      const { order } = await placeTestOrder(conn.db, {
        method: s.method,
        contact: { name: s.name, phone: s.phone, email: `khach${i}.${tag}@example.vn` },
        street: i === 3 ? '+84 Ngõ 5, "Hẻm" 7' : 'Số 1 Tràng Tiền',
      });
      await conn.db
        .update(orders)
        .set({ createdAt: new Date(s.at) })
        .where(eq(orders.id, order.id));
      made.push({ number: order.number, id: order.id });
    }
    await conn.db
      .update(orders)
      .set({ status: 'processing' })
      .where(inArray(orders.id, [made[0]?.id ?? 0, made[3]?.id ?? 0]));
  });
  afterAll(async () => {
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn?.close();
  });

  const numbers = async (query: Record<string, string>) => {
    const { filter, errors } = parseOrderFilter(new URLSearchParams({ q: tag, ...query }));
    expect(errors).toEqual({});
    const { rows, total } = await listAdminOrders(conn.db, filter, { limit: 50, offset: 0 });
    expect(total).toBe(rows.length);
    return rows.map((r) => r.number);
  };
  const n = (i: number) => made[i]?.number ?? '';

  it('filters by status, payment method and Vietnamese calendar days, newest first', async () => {
    expect(await numbers({})).toEqual([n(3), n(2), n(1), n(0)]);
    expect(await numbers({ status: 'processing' })).toEqual([n(3), n(0)]);
    expect(await numbers({ method: 'cod' })).toEqual([n(3), n(0)]);
    expect(await numbers({ method: 'vnpay', status: 'pending_payment' })).toEqual([n(1)]);
    expect(await numbers({ from: '2020-03-02', to: '2020-03-02' })).toEqual([n(2), n(1)]);
    expect(await numbers({ to: '2020-03-01' })).toEqual([n(0)]);
    expect(await numbers({ from: '2020-03-03' })).toEqual([n(3)]);
  });

  it('searches the order number, the phone (as typed in any form) and the e-mail', async () => {
    const search = async (q: string) => {
      const { filter } = parseOrderFilter(new URLSearchParams({ q, from: '2020-03-01', to: '2020-03-03' }));
      return (await listAdminOrders(conn.db, filter, { limit: 50, offset: 0 })).rows.map((r) => r.number);
    };
    expect(await search(n(2))).toEqual([n(2)]);
    expect(await search(n(2).toLowerCase())).toEqual([n(2)]);
    expect(await search('0903 555 666')).toEqual([n(2)]);
    expect(await search('+84903555666')).toEqual([n(2)]);
    expect(await search(`KHACH1.${tag.toUpperCase()}@example.vn`)).toEqual([n(1)]);
    expect(await search('%')).toEqual([]);
  });

  it('reports bad filters per field', () => {
    const { filter, errors } = parseOrderFilter(
      new URLSearchParams({ status: 'lost', method: 'cash', from: '2020-02-30', to: '2020-13-01', q: 'x'.repeat(101) }),
    );
    expect(Object.keys(errors).sort()).toEqual(['from', 'method', 'q', 'status', 'to']);
    expect(filter).toEqual({});
    expect(parseOrderFilter(new URLSearchParams({ from: '2020-03-05', to: '2020-03-01' })).errors).toHaveProperty('to');
  });

  const get = (query: Record<string, string>) =>
    route.GET(new NextRequest(`https://shop.test/api/admin/orders/export?${new URLSearchParams(query)}`), {});

  it('answers 401 to anonymous visitors and 403 to customers', async () => {
    signInAs(null);
    expect((await get({ q: tag })).status).toBe(401);
    signInAs(await createStaff(conn.db, 'customer'));
    const res = await get({ q: tag });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
  });

  it('exports the filtered list as UTF-8 CSV with a BOM, quoted and defused for Excel', async () => {
    signInAs(await createStaff(conn.db, 'staff'));
    const res = await get({ q: tag, from: '2020-03-02' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="don-hang-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Mã đơn,Ngày đặt,Trạng thái,Thanh toán,Khách hàng,Điện thoại,Email,Địa chỉ,Phường/xã,Tỉnh/thành phố,Số sản phẩm,Tạm tính,Phí vận chuyển,Giảm giá,Tổng cộng,Đã hoàn tiền,Đơn vị vận chuyển,Mã vận đơn,Thu tiền COD lúc',
    );
    expect(text.endsWith('\r\n')).toBe(true);
    // Newest first, only the three orders from 2 March (Vietnam time) on.
    expect(text).toContain(`${n(3)},2020-03-03 09:00,Đang xử lý,COD,'@Phạm Dũng,0904 777 888,`);
    expect(text).toContain(`"'+84 Ngõ 5, ""Hẻm"" 7",`);
    expect(text).toContain(`${n(2)},2020-03-02 23:59,Chờ thanh toán,MoMo,"Lê Văn ""Cường"", Jr.",0903 555 666,`);
    expect(text).toContain(
      `${n(1)},2020-03-02 00:00,Chờ thanh toán,VNPay,"'=HYPERLINK(""http://evil.test"",""Bấm"")",0902 333 444,`,
    );
    expect(text).not.toContain(n(0));
    expect(text).toContain(',1000000,0,0,1000000,0,,,'); // amounts as plain numbers
    // Header, three orders, and the empty string after the final CRLF.
    expect(lines).toHaveLength(1 + 3 + 1);
  });

  it('refuses a malformed filter with 400 and the field', async () => {
    signInAs(await createStaff(conn.db, 'admin'));
    const res = await get({ from: 'hôm qua' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      error: { code: 'invalid_request', fields: { from: expect.any(String) } },
    });
  });

  it('streams large exports in batches without skipping or repeating rows', async () => {
    const { iterateAdminOrders } = await import('@/lib/orders/admin-list');
    // Two orders with the same created_at down to the microsecond: the keyset must keep both.
    await conn.db.execute(
      sql`update orders set created_at = '2020-03-02 10:00:00.123456+00' where id in (${made[1]?.id}, ${made[2]?.id})`,
    );
    const { filter } = parseOrderFilter(new URLSearchParams({ q: tag }));
    const seen: string[] = [];
    for await (const row of iterateAdminOrders(conn.db, filter, 1)) seen.push(row.number);
    expect(seen.sort()).toEqual(made.map((m) => m.number).sort());
  });
});
