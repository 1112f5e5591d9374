import 'server-only';
import { and, count, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type OrderStatus, orderItems, orders, type PaymentMethod } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import type { OrderView } from '@/lib/orders/dto';
import { getOrderView } from '@/lib/orders/queries';
import { ORDER_STATUS_LABELS } from '@/lib/orders/state-machine';

// Which orders belong to an account: those placed while signed in (orders.customer_id), and guest orders
// placed with the account's e-mail, but only once the owner has proved the mailbox. Without that proof,
// anybody could sign up with someone else's address and read their orders. A guest order placed with the
// e-mail while another account was signed in belongs to that other account, not to this one.

export type OrderViewer = { id: number; email: string; emailVerified: boolean };

export function ownedOrdersWhere(viewer: OrderViewer): SQL {
  const own = eq(orders.customerId, viewer.id);
  if (!viewer.emailVerified) return own;
  return or(own, and(isNull(orders.customerId), eq(orders.contactEmail, viewer.email))) as SQL;
}

/**
 * The same rule for every user row at once (admin lists): "orders" of a subquery against "users" of the outer
 * query. Written out because drizzle leaves column names unqualified inside select fields.
 */
export const ORDER_OWNED_BY_USER_ROW = sql.raw(
  `("orders"."customer_id" = "users"."id" or ("orders"."customer_id" is null and "users"."email_verified_at" is not null and "orders"."contact_email" = "users"."email"))`,
);

export type OrderSummary = {
  number: string;
  status: OrderStatus;
  statusLabel: string;
  paymentMethod: PaymentMethod;
  total: number;
  itemCount: number;
  firstItemName: string;
  /** Distinct lines beyond the first. */
  otherLines: number;
  createdAt: string;
};

export type OrderPage = { items: OrderSummary[]; total: number; page: number; pageSize: number; totalPages: number };

export async function listOrdersWhere(db: Db, where: SQL, page: number, pageSize: number): Promise<OrderPage> {
  const safePage = Math.max(1, Math.floor(page));
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({
        number: orders.number,
        status: orders.status,
        paymentMethod: orders.paymentMethod,
        total: orders.total,
        itemCount: orders.itemCount,
        createdAt: orders.createdAt,
        // Spelled out: inside select fields drizzle leaves column names unqualified, which in a subquery
        // would bind to the inner table.
        firstItemName: sql<string>`(select i.product_name from ${orderItems} i where i.order_id = ${sql.raw('"orders"."id"')} order by i.id limit 1)`,
        lines: sql<number>`(select count(*)::int from ${orderItems} i where i.order_id = ${sql.raw('"orders"."id"')})`,
      })
      .from(orders)
      .where(where)
      .orderBy(desc(orders.createdAt), desc(orders.id))
      .limit(pageSize)
      .offset((safePage - 1) * pageSize),
    db.select({ n: count() }).from(orders).where(where),
  ]);
  const total = totalRow?.n ?? 0;
  return {
    items: rows.map((r) => ({
      number: r.number,
      status: r.status,
      statusLabel: ORDER_STATUS_LABELS[r.status],
      paymentMethod: r.paymentMethod,
      total: r.total,
      itemCount: r.itemCount,
      firstItemName: r.firstItemName ?? '',
      otherLines: Math.max(0, (r.lines ?? 0) - 1),
      createdAt: r.createdAt.toISOString(),
    })),
    total,
    page: safePage,
    pageSize,
    totalPages: Math.max(1, Math.ceil(total / pageSize)),
  };
}

export function listAccountOrders(db: Db, viewer: OrderViewer, page = 1, pageSize = 10): Promise<OrderPage> {
  return listOrdersWhere(db, ownedOrdersWhere(viewer), page, pageSize);
}

/** The order, with its timeline, if it belongs to the viewer; null otherwise (the page answers 404 either way). */
export async function getAccountOrder(db: Db, viewer: OrderViewer, number: string): Promise<OrderView | null> {
  const [row] = await db
    .select({ number: orders.number })
    .from(orders)
    .where(and(eq(orders.number, number), ownedOrdersWhere(viewer)));
  if (!row) return null;
  return getOrderView(db, row.number);
}
