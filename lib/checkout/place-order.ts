import 'server-only';
import { createHash } from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import { orderEvents, orderItems, orders, type PaymentMethod, products } from '@/db/schema';
import { resolveAddress } from '@/lib/address/data';
import type { Db } from '@/lib/db/types';
import { reserveStock, writeLedger } from '@/lib/inventory/stock';
import { getVariantsForSale, type VariantForSale } from '@/lib/inventory/variants-for-sale';
import { orderAccessToken } from '@/lib/orders/access-token';
import { queueOrderConfirmation } from '@/lib/orders/confirmation-email';
import type { CheckoutRequest } from './schemas';
import { type ShippingRule, shippingFee } from './shipping';

// Placing an order is one transaction: reserve stock with a conditional decrement per variant (in id
// order; the decrement takes the row lock and reads the price), then write the order with price and
// name snapshots, its timeline, ledger rows
// and (cash on delivery) the confirmation e-mail's outbox row. Either all of it happens or none of it.

export type CartLine = { variantId: number; quantity: number };

export type PriceChange = { variantId: number; name: string; cartPrice: number; orderPrice: number };

export type PlacedOrder = {
  id: number;
  number: string;
  status: 'placed' | 'pending_payment';
  paymentMethod: PaymentMethod;
  subtotal: number;
  shippingFee: number;
  total: number;
  items: {
    variantId: number;
    productSlug: string;
    name: string;
    variantLabel: string;
    quantity: number;
    unitPrice: number;
    lineTotal: number;
  }[];
  accessToken: string;
};

export type PlaceOrderResult =
  | {
      ok: true;
      order: PlacedOrder;
      replayed: boolean;
      priceChanges: PriceChange[];
      /** A variant's stock reached 0 with this order (listings show it as sold out now). */
      soldOut: boolean;
    }
  | { ok: false; code: 'empty_cart'; message: string }
  | { ok: false; code: 'unavailable'; message: string; items: { variantId: number; name: string }[] }
  | {
      ok: false;
      code: 'out_of_stock';
      message: string;
      items: { variantId: number; name: string; requested: number; available: number }[];
    }
  | { ok: false; code: 'idempotency_conflict'; message: string };

export type PlaceOrderInput = {
  lines: CartLine[];
  request: CheckoutRequest;
  idempotencyKey: string;
  shipping: ShippingRule;
  /** Minutes an online payment may take before the order expires (ignored for COD). */
  paymentWindowMinutes: number;
  customerId?: number | null;
};

/** Thrown inside the transaction to roll it back with an expected failure. */
class Abort extends Error {
  constructor(readonly result: Extract<PlaceOrderResult, { ok: false }>) {
    super(result.code);
  }
}

const variantLabel = (options: Record<string, string>) => Object.values(options).join(' / ');

function mergeLines(lines: CartLine[]): CartLine[] {
  const merged = new Map<number, number>();
  for (const l of lines) merged.set(l.variantId, (merged.get(l.variantId) ?? 0) + l.quantity);
  return [...merged]
    .map(([variantId, quantity]) => ({ variantId, quantity }))
    .sort((a, b) => a.variantId - b.variantId);
}

/**
 * Fingerprint of what the client sent with the key (not the cart's lines: those are server state, and
 * the cart is empty when a client retries after a success it did not hear about).
 */
function requestHash(input: PlaceOrderInput): string {
  const { expectedPrices: _shown, ...request } = input.request;
  return createHash('sha256')
    .update(JSON.stringify({ request, customerId: input.customerId ?? null }))
    .digest('hex');
}

async function loadPlacedOrder(db: Db, id: number): Promise<PlacedOrder | null> {
  const [order] = await db.select().from(orders).where(eq(orders.id, id));
  if (!order) return null;
  const items = await db.select().from(orderItems).where(eq(orderItems.orderId, id)).orderBy(asc(orderItems.id));
  return {
    id: order.id,
    number: order.number,
    status: order.status === 'pending_payment' ? 'pending_payment' : 'placed',
    paymentMethod: order.paymentMethod,
    subtotal: order.subtotal,
    shippingFee: order.shippingFee,
    total: order.total,
    items: items.map((i) => ({
      variantId: i.variantId,
      productSlug: i.productSlug,
      name: i.productName,
      variantLabel: i.variantLabel,
      quantity: i.quantity,
      unitPrice: i.unitPrice,
      lineTotal: i.lineTotal,
    })),
    accessToken: orderAccessToken(order.number),
  };
}

async function replay(db: Db, key: string, hash: string): Promise<PlaceOrderResult | null> {
  const [existing] = await db
    .select({ id: orders.id, requestHash: orders.requestHash })
    .from(orders)
    .where(eq(orders.idempotencyKey, key));
  if (!existing) return null;
  if (existing.requestHash !== hash) {
    return {
      ok: false,
      code: 'idempotency_conflict',
      message: 'Mã Idempotency-Key này đã được dùng cho một đơn hàng khác.',
    };
  }
  const order = await loadPlacedOrder(db, existing.id);
  return order ? { ok: true, order, replayed: true, priceChanges: [], soldOut: false } : null;
}

function isUniqueViolation(err: unknown, constraint: string): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const pg = e as { code?: string; constraint?: string; message?: string };
    if (pg.code === '23505' && (pg.constraint === constraint || pg.message?.includes(constraint))) return true;
  }
  return false;
}

function unavailable(
  lines: CartLine[],
  info: Map<number, VariantForSale>,
): Extract<PlaceOrderResult, { code: 'unavailable' }> {
  const items = lines.map((l) => ({ variantId: l.variantId, name: info.get(l.variantId)?.productName ?? 'Sản phẩm' }));
  return {
    ok: false,
    code: 'unavailable',
    message: `Sản phẩm không còn bán: ${items.map((i) => i.name).join(', ')}. Vui lòng xóa khỏi giỏ hàng.`,
    items,
  };
}

function outOfStock(
  lines: CartLine[],
  info: Map<number, VariantForSale>,
): Extract<PlaceOrderResult, { code: 'out_of_stock' }> {
  const items = lines.map((l) => ({
    variantId: l.variantId,
    name: info.get(l.variantId)?.productName ?? 'Sản phẩm',
    requested: l.quantity,
    available: info.get(l.variantId)?.stock ?? 0,
  }));
  return {
    ok: false,
    code: 'out_of_stock',
    message: items
      .map((i) => (i.available > 0 ? `"${i.name}" chỉ còn ${i.available} sản phẩm` : `"${i.name}" đã hết hàng`))
      .join('; '),
    items,
  };
}

function soldByProduct(items: { productId: number; quantity: number }[]): Map<number, number> {
  const sold = new Map<number, number>();
  for (const i of items) sold.set(i.productId, (sold.get(i.productId) ?? 0) + i.quantity);
  return sold;
}

export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const hash = requestHash(input);
  const earlier = await replay(db, input.idempotencyKey, hash);
  if (earlier) return earlier;
  const lines = mergeLines(input.lines.filter((l) => l.quantity > 0));
  if (lines.length === 0) return { ok: false, code: 'empty_cart', message: 'Giỏ hàng của bạn đang trống.' };

  const address = resolveAddress(input.request.shippingAddress.provinceCode, input.request.shippingAddress.wardCode);
  if (!address.ok) throw new Error('placeOrder needs a validated address'); // the schema checked it: a bug

  // Reads first, without locks: names, slugs and images for the snapshots, and an early answer for
  // lines that are no longer sold. Prices come from the stock update itself, under its lock.
  const info = await getVariantsForSale(
    db,
    lines.map((l) => l.variantId),
  );
  const unsold = lines.filter((l) => !info.get(l.variantId)?.sellable);
  if (unsold.length > 0) return unavailable(unsold, info);

  try {
    const placed = await db.transaction(async (tx) => {
      // The hot part: from the first stock update to commit, the variants' rows are locked. Everything
      // below is a handful of single-statement inserts.
      const { reserved, short } = await reserveStock(tx, lines);
      if (short.length > 0) {
        // Re-read what is left (the decrements above roll back with the transaction).
        const now = await getVariantsForSale(
          tx,
          short.map((l) => l.variantId),
        );
        const gone = short.filter((l) => !now.get(l.variantId)?.sellable);
        throw new Abort(gone.length > 0 ? unavailable(gone, now) : outOfStock(short, now));
      }
      const itemRows = reserved.map((r) => {
        const v = info.get(r.variantId);
        if (!v) throw new Error('variant vanished between read and reserve');
        return {
          variantId: r.variantId,
          productId: v.productId,
          productSlug: v.productSlug,
          productName: v.productName,
          variantLabel: variantLabel(v.options),
          sku: v.sku,
          image: v.image,
          unitPrice: r.price,
          quantity: r.quantity,
          lineTotal: r.price * r.quantity,
        };
      });
      const subtotal = itemRows.reduce((s, i) => s + i.lineTotal, 0);
      const fee = shippingFee(subtotal, input.shipping);
      const online = input.request.paymentMethod !== 'cod';
      const status = online ? 'pending_payment' : 'placed';
      const { contact, note, invoice, shippingAddress, paymentMethod } = input.request;

      const [order] = await tx
        .insert(orders)
        .values({
          number: sql`'ATL-' || lpad(nextval('order_number_seq')::text, 6, '0')`,
          status,
          paymentMethod,
          customerId: input.customerId ?? null,
          contactName: contact.name,
          contactPhone: contact.phone,
          contactEmail: contact.email,
          provinceCode: address.province.code,
          provinceName: address.province.name,
          wardCode: address.ward.code,
          wardName: address.ward.name,
          street: shippingAddress.street,
          note: note ?? null,
          invoice: invoice ?? null,
          subtotal,
          shippingFee: fee,
          discount: 0,
          total: subtotal + fee,
          itemCount: lines.reduce((s, l) => s + l.quantity, 0),
          idempotencyKey: input.idempotencyKey,
          requestHash: hash,
          paymentExpiresAt: online ? sql`now() + make_interval(mins => ${input.paymentWindowMinutes})` : null,
        })
        .returning({ id: orders.id, number: orders.number });
      if (!order) throw new Error('order insert returned nothing');

      await tx.insert(orderItems).values(itemRows.map((i) => ({ ...i, orderId: order.id })));
      await writeLedger(
        tx,
        reserved.map((r) => ({ variantId: r.variantId, delta: -r.quantity, stockAfter: r.stockAfter })),
        { reason: 'order_placed', actor: 'checkout', orderId: order.id },
      );
      await tx.insert(orderEvents).values({ orderId: order.id, fromStatus: null, toStatus: status, actor: 'checkout' });
      // Cash on delivery is confirmed now; an online order is confirmed when its payment arrives
      // (lib/payments/apply-event.ts queues the e-mail then).
      if (!online) await queueOrderConfirmation(tx, order);
      const placedOrder: PlacedOrder = {
        id: order.id,
        number: order.number,
        status,
        paymentMethod,
        subtotal,
        shippingFee: fee,
        total: subtotal + fee,
        items: itemRows.map((i) => ({
          variantId: i.variantId,
          productSlug: i.productSlug,
          name: i.productName,
          variantLabel: i.variantLabel,
          quantity: i.quantity,
          unitPrice: i.unitPrice,
          lineTotal: i.lineTotal,
        })),
        accessToken: orderAccessToken(order.number),
      };
      return { order: placedOrder, items: itemRows, soldOut: reserved.some((r) => r.stockAfter === 0) };
    });

    // The best-selling counter is a statistic: kept off the locked path (a product row is as hot as
    // its variants), one statement per product after commit.
    for (const [productId, quantity] of soldByProduct(placed.items)) {
      await db
        .update(products)
        .set({ soldCount: sql`${products.soldCount} + ${quantity}` })
        .where(eq(products.id, productId));
    }

    // What the transaction wrote is what the caller gets: no second read of the order.
    const { order } = placed;
    const shown = input.request.expectedPrices ?? {};
    const priceChanges = order.items
      .filter((i) => shown[String(i.variantId)] !== undefined && shown[String(i.variantId)] !== i.unitPrice)
      .map((i) => ({
        variantId: i.variantId,
        name: i.name,
        cartPrice: shown[String(i.variantId)] ?? 0,
        orderPrice: i.unitPrice,
      }));
    return { ok: true, order, replayed: false, priceChanges, soldOut: placed.soldOut };
  } catch (err) {
    if (err instanceof Abort) return err.result;
    // Two requests with one key raced: the loser returns the winner's order.
    if (isUniqueViolation(err, 'orders_idempotency_uq')) {
      const winner = await replay(db, input.idempotencyKey, hash);
      if (winner) return winner;
    }
    throw err;
  }
}
