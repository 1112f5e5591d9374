import 'server-only';
import { sql } from 'drizzle-orm';
import type { InvoiceDetails, OrderStatus, PaymentMethod } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { CONFIRMATION_DEDUPE_PREFIX } from '@/lib/orders/confirmation-email';

// The write of a placed order, as ONE statement (a chain of data-modifying CTEs) run on its own, so
// PostgreSQL commits it as it ends: the variants' row locks are held for the statement's own execution
// and its commit, never across a round trip to the application (a popular variant's lock is what every
// buyer of it queues for). Inside the statement:
//  1. the variants are locked in id order (FOR NO KEY UPDATE, like the UPDATE that follows), so two
//     orders never wait on each other's rows in opposite orders;
//  2. under those locks, every line must be sellable, have the stock, and still cost what the order was
//     priced at; if any does not, nothing below happens and the lines' state is returned instead;
//  3. the stock decrement, the order, its items, one ledger row per variant, the first timeline event,
//     the confirmation e-mail's outbox row (cash on delivery) and the products' sold counters (locked in
//     product id order, after all the variants).
// CHECK (stock >= 0) backs the decrement up: should the check in 2 ever disagree, the statement fails
// as a whole and writes nothing.

export type OrderLineToWrite = {
  variantId: number;
  quantity: number;
  productId: number;
  productSlug: string;
  productName: string;
  variantLabel: string;
  sku: string;
  image: string | null;
  unitPrice: number;
  lineTotal: number;
};

export type OrderToWrite = {
  /** Merged per variant, in variant id order. */
  lines: OrderLineToWrite[];
  status: Extract<OrderStatus, 'placed' | 'pending_payment'>;
  paymentMethod: PaymentMethod;
  customerId: number | null;
  contact: { name: string; phone: string; email: string };
  address: { provinceCode: string; provinceName: string; wardCode: string; wardName: string; street: string };
  note: string | null;
  invoice: InvoiceDetails | null;
  subtotal: number;
  shippingFee: number;
  idempotencyKey: string;
  requestHash: string;
  /** Online payments: minutes until the unpaid order expires; null for cash on delivery. */
  paymentWindowMinutes: number | null;
  /** Cash on delivery is confirmed at once: queue its confirmation e-mail in the same statement. */
  queueConfirmation: boolean;
};

/** How a line stood under its lock when the order could not be written. */
export type LineState = { variantId: number; stock: number; sellable: boolean; priceMatches: boolean };

export type WriteOrderResult =
  | { written: true; id: number; number: string; stockAfter: Map<number, number> }
  | { written: false; lines: LineState[] };

type Row = {
  variant_id: number;
  stock: number | null;
  sellable: boolean;
  price_matches: boolean;
  stock_after: number | null;
  order_id: number | null;
  order_number: string | null;
};

export async function writeOrder(db: Db, order: OrderToWrite): Promise<WriteOrderResult> {
  const lines = JSON.stringify(
    order.lines.map((l) => ({
      variant_id: l.variantId,
      quantity: l.quantity,
      product_id: l.productId,
      product_slug: l.productSlug,
      product_name: l.productName,
      variant_label: l.variantLabel,
      sku: l.sku,
      image: l.image,
      unit_price: l.unitPrice,
      line_total: l.lineTotal,
    })),
  );
  // The ids again as arrays, which the planner sizes right (it takes a set-returning function for 100 rows):
  // index lookups, not scans of the whole variants and products tables.
  const variantIds = `{${order.lines.map((l) => l.variantId).join(',')}}`;
  const productIds = `{${[...new Set(order.lines.map((l) => l.productId))].join(',')}}`;
  const itemCount = order.lines.reduce((s, l) => s + l.quantity, 0);
  const expires =
    order.paymentWindowMinutes === null ? sql`null` : sql`now() + make_interval(mins => ${order.paymentWindowMinutes})`;
  const result = await db.execute(sql`
    with lines as (
      select *
        from jsonb_to_recordset(${lines}::jsonb) as l(
          variant_id int, quantity int, product_id int, product_slug text, product_name text,
          variant_label text, sku text, image text, unit_price int, line_total bigint)
    ),
    locked as (
      select v.id, v.product_id, v.stock, v.price, v.active
        from variants v
       where v.id = any(${variantIds}::int[])
       order by v.id
         for no key update
    ),
    verdict as (
      select l.variant_id,
             k.stock,
             coalesce(k.active and p.published and p.deleted_at is null, false) as sellable,
             coalesce(k.price = l.unit_price, false) as price_matches,
             coalesce(k.active and p.published and p.deleted_at is null and k.stock >= l.quantity
                      and k.price = l.unit_price, false) as ok
        from lines l
        left join locked k on k.id = l.variant_id
        left join products p on p.id = k.product_id
    ),
    go as (
      select bool_and(ok) as ok from verdict
    ),
    reserved as (
      update variants v
         set stock = v.stock - l.quantity, updated_at = now()
        from lines l
       where v.id = any(${variantIds}::int[]) and v.id = l.variant_id and (select ok from go)
      returning v.id as variant_id, v.stock as stock_after, l.quantity
    ),
    new_order as (
      insert into orders (
        number, status, payment_method, customer_id, contact_name, contact_phone, contact_email,
        province_code, province_name, ward_code, ward_name, street, note, invoice,
        subtotal, shipping_fee, discount, total, item_count, idempotency_key, request_hash, payment_expires_at)
      select 'ATL-' || lpad(nextval('order_number_seq')::text, 6, '0'), ${order.status}, ${order.paymentMethod},
             ${order.customerId}::int, ${order.contact.name}, ${order.contact.phone}, ${order.contact.email},
             ${order.address.provinceCode}, ${order.address.provinceName}, ${order.address.wardCode},
             ${order.address.wardName}, ${order.address.street}, ${order.note},
             ${order.invoice === null ? null : JSON.stringify(order.invoice)}::jsonb,
             ${order.subtotal}::bigint, ${order.shippingFee}::bigint, 0, ${order.subtotal + order.shippingFee}::bigint,
             ${itemCount}::int, ${order.idempotencyKey}, ${order.requestHash}, ${expires}
       where (select count(*) from reserved) = (select count(*) from lines)
      returning id, number
    ),
    items as (
      insert into order_items (
        order_id, variant_id, product_id, product_slug, product_name, variant_label, sku, image,
        unit_price, quantity, line_total)
      select o.id, l.variant_id, l.product_id, l.product_slug, l.product_name, l.variant_label, l.sku, l.image,
             l.unit_price, l.quantity, l.line_total
        from lines l cross join new_order o
    ),
    ledger as (
      insert into inventory_ledger (variant_id, delta, stock_after, reason, actor, order_id)
      select r.variant_id, -r.quantity, r.stock_after, 'order_placed', 'checkout', o.id
        from reserved r cross join new_order o
    ),
    timeline as (
      insert into order_events (order_id, from_status, to_status, actor)
      select o.id, null, ${order.status}, 'checkout' from new_order o
    ),
    confirmation as (
      insert into outbox (kind, dedupe_key, payload)
      select 'order_confirmation_email', ${CONFIRMATION_DEDUPE_PREFIX} || o.id,
             jsonb_build_object('orderNumber', o.number)
        from new_order o
       where ${order.queueConfirmation}::boolean
      on conflict (dedupe_key) do nothing
    ),
    product_locks as (
      select p.id
        from products p
       where p.id = any(${productIds}::int[]) and exists (select 1 from new_order)
       order by p.id
         for no key update
    ),
    sold as (
      update products p
         set sold_count = p.sold_count + s.quantity
        from (select product_id, sum(quantity)::int as quantity from lines group by product_id) s
       where p.id = any(${productIds}::int[]) and p.id = s.product_id and p.id in (select id from product_locks)
    )
    select v.variant_id, v.stock, v.sellable, v.price_matches, r.stock_after, o.id as order_id, o.number as order_number
      from verdict v
      left join reserved r on r.variant_id = v.variant_id
      left join new_order o on true
  `);
  const rows = (result as unknown as { rows: Row[] }).rows;
  const first = rows[0];
  if (first?.order_id != null && first.order_number != null) {
    return {
      written: true,
      id: first.order_id,
      number: first.order_number,
      stockAfter: new Map(rows.map((r) => [r.variant_id, r.stock_after ?? 0])),
    };
  }
  return {
    written: false,
    lines: rows.map((r) => ({
      variantId: r.variant_id,
      stock: r.stock ?? 0,
      sellable: r.sellable,
      priceMatches: r.price_matches,
    })),
  };
}
