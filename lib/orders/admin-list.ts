import 'server-only';
import { and, desc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { orders, refunds } from '@/db/schema';
import { normalizePhone } from '@/lib/checkout/schemas';
import type { Db } from '@/lib/db/types';
import { likePattern } from '@/lib/db/like-pattern';
import type { OrderFilter } from './admin-filter';

// The /admin/orders list and its CSV export: the same filter, the same columns, newest first.

const SHOP_TZ = 'Asia/Ho_Chi_Minh';

/** Midnight at the start of a Vietnamese calendar day, as a timestamptz. */
const dayStart = (day: string, plusDays = 0) =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone ${sql.raw(`'${SHOP_TZ}'`)})`;

export function orderFilterWhere(filter: OrderFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.status) where.push(eq(orders.status, filter.status));
  if (filter.method) where.push(eq(orders.paymentMethod, filter.method));
  if (filter.from) where.push(sql`${orders.createdAt} >= ${dayStart(filter.from)}`);
  if (filter.to) where.push(sql`${orders.createdAt} < ${dayStart(filter.to, 1)}`);
  const q = filter.q?.trim();
  if (q) {
    const match: SQL[] = [ilike(orders.number, likePattern(q))];
    const phone = normalizePhone(q);
    if (/^\d{3,}$/.test(phone)) match.push(sql`${orders.contactPhone} like ${likePattern(phone)}`);
    if (!/\s/.test(q)) match.push(ilike(orders.contactEmail, likePattern(q.toLowerCase())));
    const any = or(...match);
    if (any) where.push(any);
  }
  return where.length > 0 ? and(...where) : undefined;
}

const refundedSql = sql<string>`coalesce((select sum(${refunds.amount}) from ${refunds} where ${refunds.orderId} = ${orders.id}), 0)`;

const listColumns = {
  id: orders.id,
  number: orders.number,
  status: orders.status,
  paymentMethod: orders.paymentMethod,
  createdAt: orders.createdAt,
  contactName: orders.contactName,
  contactPhone: orders.contactPhone,
  contactEmail: orders.contactEmail,
  provinceName: orders.provinceName,
  wardName: orders.wardName,
  street: orders.street,
  itemCount: orders.itemCount,
  subtotal: orders.subtotal,
  shippingFee: orders.shippingFee,
  discount: orders.discount,
  total: orders.total,
  refunded: refundedSql,
  shippingCarrier: orders.shippingCarrier,
  trackingNumber: orders.trackingNumber,
  codCollectedAt: orders.codCollectedAt,
};

type Order = typeof orders.$inferSelect;
export type AdminOrderRow = Pick<
  Order,
  | 'id'
  | 'number'
  | 'status'
  | 'paymentMethod'
  | 'createdAt'
  | 'contactName'
  | 'contactPhone'
  | 'contactEmail'
  | 'provinceName'
  | 'wardName'
  | 'street'
  | 'itemCount'
  | 'subtotal'
  | 'shippingFee'
  | 'discount'
  | 'total'
  | 'shippingCarrier'
  | 'trackingNumber'
  | 'codCollectedAt'
> & { refunded: number };

// bigint sums come back from the driver as strings.
const toRow = (r: Omit<AdminOrderRow, 'refunded'> & { refunded: string | number }): AdminOrderRow => ({
  ...r,
  refunded: Number(r.refunded),
});

export async function listAdminOrders(
  db: Db,
  filter: OrderFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: AdminOrderRow[]; total: number }> {
  const where = orderFilterWhere(filter);
  const rows = await db
    .select(listColumns)
    .from(orders)
    .where(where)
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(page.limit)
    .offset(page.offset);
  const [count] = await db.select({ n: sql<number>`count(*)::int` }).from(orders).where(where);
  return { rows: rows.map(toRow), total: count?.n ?? 0 };
}

/**
 * Every order matching the filter, in batches (keyset on created_at, id: no OFFSET that grows with the
 * export), for streaming a CSV of any size without holding it in memory.
 */
export async function* iterateAdminOrders(db: Db, filter: OrderFilter, batchSize = 500): AsyncGenerator<AdminOrderRow> {
  const base = orderFilterWhere(filter);
  const batch = async (afterId: number | null): Promise<AdminOrderRow[]> => {
    // The last row's own created_at, read in SQL: a JS Date would drop its microseconds and skip rows.
    const keyset: SQL | undefined =
      afterId === null
        ? undefined
        : sql`(${orders.createdAt}, ${orders.id}) < (select o.created_at, o.id from orders o where o.id = ${afterId})`;
    const rows = await db
      .select(listColumns)
      .from(orders)
      .where(and(base, keyset))
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(batchSize);
    return rows.map(toRow);
  };
  let afterId: number | null = null;
  for (;;) {
    const rows = await batch(afterId);
    yield* rows;
    const last = rows[rows.length - 1];
    if (!last || rows.length < batchSize) return;
    afterId = last.id;
  }
}
