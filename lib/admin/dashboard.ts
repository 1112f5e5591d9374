import 'server-only';
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { ORDER_STATUSES, type OrderStatus, orders, products, variants } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// The dashboard's figures. Days are Vietnamese calendar days (Asia/Ho_Chi_Minh), whatever the server's
// TZ. Revenue counts orders that are, or will be, paid: placed (COD) and every state after payment;
// waiting, cancelled, expired and failed orders do not count.

export const REVENUE_STATUSES: readonly OrderStatus[] = [
  'placed',
  'paid',
  'processing',
  'shipped',
  'delivered',
  'completed',
];
const revenueStatuses = sql.raw(REVENUE_STATUSES.map((s) => `'${s}'`).join(', '));
const LOCAL_DAY = sql`(${orders.createdAt} at time zone 'Asia/Ho_Chi_Minh')::date`;
const TODAY = sql`(now() at time zone 'Asia/Ho_Chi_Minh')::date`;

export type PeriodFigures = { days: 1 | 7 | 30; revenue: number; orders: number };
export type DailyRevenue = { day: string; revenue: number; orders: number };
export type LowStockVariant = {
  variantId: number;
  sku: string;
  productName: string;
  productId: number;
  options: Record<string, string>;
  stock: number;
};

export async function getPeriodFigures(db: Db): Promise<PeriodFigures[]> {
  const [row] = await db
    .select({
      revenue1: sql<string>`coalesce(sum(${orders.total}) filter (where ${LOCAL_DAY} = ${TODAY}), 0)`,
      orders1: sql<number>`count(*) filter (where ${LOCAL_DAY} = ${TODAY})::int`,
      revenue7: sql<string>`coalesce(sum(${orders.total}) filter (where ${LOCAL_DAY} > ${TODAY} - 7), 0)`,
      orders7: sql<number>`count(*) filter (where ${LOCAL_DAY} > ${TODAY} - 7)::int`,
      revenue30: sql<string>`coalesce(sum(${orders.total}), 0)`,
      orders30: sql<number>`count(*)::int`,
    })
    .from(orders)
    .where(
      and(
        sql`${orders.status} in (${revenueStatuses})`,
        sql`${orders.createdAt} >= now() - interval '31 days'`,
        sql`${LOCAL_DAY} > ${TODAY} - 30`,
      ),
    );
  return [
    { days: 1, revenue: Number(row?.revenue1 ?? 0), orders: row?.orders1 ?? 0 },
    { days: 7, revenue: Number(row?.revenue7 ?? 0), orders: row?.orders7 ?? 0 },
    { days: 30, revenue: Number(row?.revenue30 ?? 0), orders: row?.orders30 ?? 0 },
  ];
}

/** The last `days` days, one row per day (days without orders included, at 0), oldest first. */
export async function getDailyRevenue(db: Db, days = 30): Promise<DailyRevenue[]> {
  const [rows, [today]] = await Promise.all([
    db
      .select({
        day: sql<string>`to_char(${LOCAL_DAY}, 'YYYY-MM-DD')`,
        revenue: sql<string>`sum(${orders.total})`,
        orders: sql<number>`count(*)::int`,
      })
      .from(orders)
      .where(
        and(
          sql`${orders.status} in (${revenueStatuses})`,
          sql`${orders.createdAt} >= now() - make_interval(days => ${days + 1})`,
          sql`${LOCAL_DAY} > ${TODAY} - ${days}::int`,
        ),
      )
      .groupBy(LOCAL_DAY),
    db.select({ day: sql<string>`to_char(${TODAY}, 'YYYY-MM-DD')` }).from(sql`(select 1) as one`),
  ]);
  const byDay = new Map(rows.map((r) => [r.day, r]));
  const end = Date.parse(`${today?.day ?? new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  return Array.from({ length: days }, (_, i) => {
    const day = new Date(end - (days - 1 - i) * 86_400_000).toISOString().slice(0, 10);
    const row = byDay.get(day);
    return { day, revenue: Number(row?.revenue ?? 0), orders: row?.orders ?? 0 };
  });
}

export async function getOrdersByStatus(db: Db): Promise<{ status: OrderStatus; count: number }[]> {
  const rows = await db
    .select({ status: orders.status, count: sql<number>`count(*)::int` })
    .from(orders)
    .groupBy(orders.status);
  const counts = new Map(rows.map((r) => [r.status, r.count]));
  return ORDER_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

export async function listLowStockVariants(db: Db, threshold = 5, limit = 20): Promise<LowStockVariant[]> {
  return db
    .select({
      variantId: variants.id,
      sku: variants.sku,
      productName: products.name,
      productId: products.id,
      options: variants.options,
      stock: variants.stock,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(
      and(
        eq(variants.active, true),
        lte(variants.stock, threshold),
        isNull(products.deletedAt),
        eq(products.published, true),
      ),
    )
    .orderBy(asc(variants.stock), asc(variants.id))
    .limit(limit);
}
