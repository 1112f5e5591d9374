import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orders } from '@/db/schema';
import { getDailyRevenue, getOrdersByStatus, getPeriodFigures, listLowStockVariants } from '@/lib/admin/dashboard';
import { transitionOrder } from '@/lib/orders/transition';
import { placeTestOrder } from '../support/account-factories';
import { createProduct } from '../support/factories';
import { PG_ADMIN_URL, reachable, requireOrSkip } from '../support/services';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// The dashboard's figures on a database of its own (other test files place orders concurrently): revenue
// counts orders that are or will be paid, by Vietnamese calendar day whatever the server's TZ.

const run = requireOrSkip(await reachable(PG_ADMIN_URL), `PostgreSQL at ${PG_ADMIN_URL}`);

describe.skipIf(!run)('admin dashboard on PostgreSQL', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(async () => {
    database = await createTestDatabase('atl_dash', { seed: true });
    conn = connectTestDatabase(database.url);
  });
  afterAll(async () => {
    await conn?.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  /** Moves an order to `local` (a Vietnam wall-clock expression relative to today's local midnight). */
  const backdate = (id: number, sinceLocalMidnight: string) =>
    conn.db
      .update(orders)
      .set({
        createdAt: sql`(date_trunc('day', now() at time zone 'Asia/Ho_Chi_Minh') + ${sinceLocalMidnight}::interval) at time zone 'Asia/Ho_Chi_Minh'`,
      })
      .where(eq(orders.id, id));

  it('sums revenue and orders for today, 7 and 30 days, per day, and by status; low stock lists what is running out', async () => {
    const { variants } = await createProduct(conn.db, {
      variants: [
        { price: 1_200_000, stock: 50 },
        { price: 300_000, stock: 3 },
      ],
    });
    const big = variants[0]?.id ?? 0;
    const place = () =>
      placeTestOrder(conn.db, { lines: [{ variantId: big, quantity: 1 }], email: 'dash@example.vn', customerId: null });

    await place(); // today: 1,200,000, free shipping
    const justAfterMidnight = await place();
    await backdate(justAfterMidnight.id, '1 minute');
    const justBeforeMidnight = await place(); // yesterday, by Vietnamese time
    await backdate(justBeforeMidnight.id, '-1 minute');
    const tenDaysAgo = await place();
    await backdate(tenDaysAgo.id, '-10 days');
    const fortyDaysAgo = await place();
    await backdate(fortyDaysAgo.id, '-40 days');
    const cancelled = await place();
    await conn.db.transaction((tx) => transitionOrder(tx, cancelled.id, 'cancelled', { actor: 'test' }));

    const [d1, d7, d30] = await getPeriodFigures(conn.db);
    expect(d1).toEqual({ days: 1, revenue: 2 * 1_200_000, orders: 2 });
    expect(d7).toEqual({ days: 7, revenue: 3 * 1_200_000, orders: 3 });
    expect(d30).toEqual({ days: 30, revenue: 4 * 1_200_000, orders: 4 });

    const daily = await getDailyRevenue(conn.db);
    expect(daily).toHaveLength(30);
    expect(daily.at(-1)).toMatchObject({ revenue: 2_400_000, orders: 2 });
    expect(daily.at(-2)).toMatchObject({ revenue: 1_200_000, orders: 1 });
    expect(daily.at(-11)).toMatchObject({ revenue: 1_200_000, orders: 1 });
    expect(daily.reduce((s, d) => s + d.revenue, 0)).toBe(4 * 1_200_000);
    expect(new Set(daily.map((d) => d.day)).size).toBe(30);

    const byStatus = Object.fromEntries((await getOrdersByStatus(conn.db)).map((s) => [s.status, s.count]));
    expect(byStatus.placed).toBe(5);
    expect(byStatus.cancelled).toBe(1);

    const low = await listLowStockVariants(conn.db, 5, 500);
    expect(low.map((v) => v.variantId)).toContain(variants[1]?.id);
    expect(low.map((v) => v.variantId)).not.toContain(big);
    expect(low.every((v) => v.stock <= 5)).toBe(true);
  });
});
