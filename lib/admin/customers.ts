import 'server-only';
import { and, count, desc, eq, or, type SQL, sql } from 'drizzle-orm';
import { type OrderStatus, orders, type UserRole, users } from '@/db/schema';
import { listAddresses, type SavedAddress } from '@/lib/account/addresses';
import { listOrdersWhere, type OrderPage, ORDER_OWNED_BY_USER_ROW, ownedOrdersWhere } from '@/lib/account/orders';
import { normalizePhone } from '@/lib/checkout/schemas';
import { likePattern } from '@/lib/db/like-pattern';
import type { Db } from '@/lib/db/types';
import { REVENUE_STATUSES } from './dashboard';

// /admin/customers: registered customers with what they ordered. A customer's orders are the ones their
// account sees (lib/account/orders.ts): placed while signed in, plus guest orders with their verified
// e-mail. Guests without an account are not listed here; their orders are in /admin/orders.
// "Đã chi" counts the same statuses as the dashboard's revenue (placed COD and everything paid onwards).

const revenueStatuses = sql.raw(REVENUE_STATUSES.map((s: OrderStatus) => `'${s}'`).join(', '));

const orderCount = sql<number>`(select count(*)::int from ${orders} where ${ORDER_OWNED_BY_USER_ROW})`;
const totalSpent = sql<string>`(select coalesce(sum("orders"."total"), 0) from ${orders} where ${ORDER_OWNED_BY_USER_ROW} and "orders"."status" in (${revenueStatuses}))`;
const lastOrderAt = sql<Date | null>`(select max("orders"."created_at") from ${orders} where ${ORDER_OWNED_BY_USER_ROW})`;

export type CustomerRow = {
  id: number;
  email: string;
  name: string;
  phone: string | null;
  emailVerified: boolean;
  disabled: boolean;
  createdAt: string;
  orderCount: number;
  totalSpent: number;
  lastOrderAt: string | null;
};

export type CustomerList = { items: CustomerRow[]; total: number; page: number; pageSize: number; totalPages: number };

/** Name (accents and case ignored), e-mail, or phone in any of the usual spellings. */
function searchWhere(q: string): SQL | undefined {
  const text = q.normalize('NFC').trim();
  if (!text) return undefined;
  const pattern = likePattern(text.toLowerCase());
  const conditions: SQL[] = [
    sql`lower(f_unaccent(${users.name})) like lower(f_unaccent(${pattern}))`,
    sql`${users.email} like ${pattern}`,
  ];
  const digits = normalizePhone(text).replace(/\D/g, '');
  if (digits.length >= 3) conditions.push(sql`${users.phone} like ${likePattern(digits)}`);
  return or(...conditions);
}

function toRow(r: {
  id: number;
  email: string;
  name: string;
  phone: string | null;
  emailVerifiedAt: Date | null;
  disabledAt: Date | null;
  createdAt: Date;
  orderCount: number;
  totalSpent: string | number;
  lastOrderAt: Date | string | null;
}): CustomerRow {
  return {
    id: r.id,
    email: r.email,
    name: r.name,
    phone: r.phone,
    emailVerified: r.emailVerifiedAt !== null,
    disabled: r.disabledAt !== null,
    createdAt: r.createdAt.toISOString(),
    orderCount: r.orderCount,
    totalSpent: Number(r.totalSpent),
    // A raw subquery comes back as text from node-postgres.
    lastOrderAt: r.lastOrderAt ? new Date(r.lastOrderAt).toISOString() : null,
  };
}

const customerColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  phone: users.phone,
  emailVerifiedAt: users.emailVerifiedAt,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
  orderCount,
  totalSpent,
  lastOrderAt,
};

export async function listCustomers(
  db: Db,
  params: { q?: string; page?: number; pageSize?: number } = {},
): Promise<CustomerList> {
  const pageSize = params.pageSize ?? 20;
  const page = Math.max(1, Math.floor(params.page ?? 1));
  const where = and(eq(users.role, 'customer'), searchWhere(params.q ?? ''));
  const rows = await db
    .select(customerColumns)
    .from(users)
    .where(where)
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [totalRow] = await db.select({ n: count() }).from(users).where(where);
  const total = totalRow?.n ?? 0;
  return { items: rows.map(toRow), total, page, pageSize, totalPages: Math.max(1, Math.ceil(total / pageSize)) };
}

export type CustomerDetail = CustomerRow & { role: UserRole; lastSignInAt: string | null; addresses: SavedAddress[] };

/** Any account (a staff member may shop too); null for an unknown id. */
export async function getCustomerDetail(db: Db, id: number): Promise<CustomerDetail | null> {
  const [row] = await db
    .select({ ...customerColumns, role: users.role, lastSignInAt: users.lastSignInAt })
    .from(users)
    .where(eq(users.id, id));
  if (!row) return null;
  return {
    ...toRow(row),
    role: row.role,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
    addresses: await listAddresses(db, id),
  };
}

export function listCustomerOrders(
  db: Db,
  customer: Pick<CustomerDetail, 'id' | 'email' | 'emailVerified'>,
  page = 1,
): Promise<OrderPage> {
  return listOrdersWhere(db, ownedOrdersWhere(customer), page, 20);
}
