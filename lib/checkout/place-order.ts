import 'server-only';
import { createHash } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { orderItems, orders, type PaymentMethod } from '@/db/schema';
import { resolveAddress } from '@/lib/address/data';
import type { Db } from '@/lib/db/types';
import { getVariantsForSale, type VariantForSale } from '@/lib/inventory/variants-for-sale';
import { orderAccessToken } from '@/lib/orders/access-token';
import type { CheckoutRequest } from './schemas';
import { type ShippingRule, shippingFee } from './shipping';
import { type OrderToWrite, type WriteOrderResult, writeOrder } from './write-order';

// Placing an order: the reads first and without locks (the key's earlier order, the variants' names,
// prices and images), the order priced from them, then one statement (./write-order.ts) that locks the
// variants, checks stock, sellability and prices under those locks and writes everything or nothing:
// stock, order with price and name snapshots, ledger rows, timeline, the confirmation e-mail's outbox
// row (cash on delivery) and the best-selling counters. A price that moved since the read prices the
// order again.

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
  | { ok: false; code: 'idempotency_conflict'; message: string }
  | { ok: false; code: 'order_limit'; message: string };

export type PlaceOrderInput = {
  lines: CartLine[];
  request: CheckoutRequest;
  idempotencyKey: string;
  shipping: ShippingRule;
  /** Minutes an online payment may take before the order expires (ignored for COD). */
  paymentWindowMinutes: number;
  customerId?: number | null;
  /** A last refusal (hoarding caps) for a new order, after the replay check and before anything is written. */
  beforeWrite?: (lines: CartLine[]) => Promise<{ ok: false; code: 'order_limit'; message: string } | null>;
};

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

type LineInfo = { name: string; stock: number };

function unavailable(
  lines: CartLine[],
  info: Map<number, LineInfo>,
): Extract<PlaceOrderResult, { code: 'unavailable' }> {
  const items = lines.map((l) => ({ variantId: l.variantId, name: info.get(l.variantId)?.name ?? 'Sản phẩm' }));
  return {
    ok: false,
    code: 'unavailable',
    message: `Sản phẩm không còn bán: ${items.map((i) => i.name).join(', ')}. Vui lòng xóa khỏi giỏ hàng.`,
    items,
  };
}

function outOfStock(
  lines: CartLine[],
  info: Map<number, LineInfo>,
): Extract<PlaceOrderResult, { code: 'out_of_stock' }> {
  const items = lines.map((l) => ({
    variantId: l.variantId,
    name: info.get(l.variantId)?.name ?? 'Sản phẩm',
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

const namesAndStock = (info: Map<number, VariantForSale>) =>
  new Map([...info].map(([id, v]) => [id, { name: v.productName, stock: v.stock }]));

/** A price moved between the read and the write: the order is priced again, this many times at most. */
const MAX_PRICING_ATTEMPTS = 3;

export async function placeOrder(db: Db, input: PlaceOrderInput): Promise<PlaceOrderResult> {
  const hash = requestHash(input);
  const lines = mergeLines(input.lines.filter((l) => l.quantity > 0));
  const ids = lines.map((l) => l.variantId);
  // The key's earlier order and the variants (names, slugs and images for the snapshots, prices to total
  // the order, an early answer for lines no longer sold) are independent reads: side by side, no locks.
  let [earlier, info] = await Promise.all([replay(db, input.idempotencyKey, hash), getVariantsForSale(db, ids)]);
  if (earlier) return earlier;
  if (lines.length === 0) return { ok: false, code: 'empty_cart', message: 'Giỏ hàng của bạn đang trống.' };
  const refusal = await input.beforeWrite?.(lines);
  if (refusal) return refusal;

  const address = resolveAddress(input.request.shippingAddress.provinceCode, input.request.shippingAddress.wardCode);
  if (!address.ok) throw new Error('placeOrder needs a validated address'); // the schema checked it: a bug

  for (let attempt = 1; ; attempt++) {
    const unsold = lines.filter((l) => !info.get(l.variantId)?.sellable);
    if (unsold.length > 0) return unavailable(unsold, namesAndStock(info));

    const order = orderToWrite(input, lines, info, address, hash);
    let written: WriteOrderResult;
    try {
      written = await writeOrder(db, order);
    } catch (err) {
      // Two requests with one key raced: the loser returns the winner's order.
      if (isUniqueViolation(err, 'orders_idempotency_uq')) {
        earlier = await replay(db, input.idempotencyKey, hash);
        if (earlier) return earlier;
      }
      throw err;
    }
    if (written.written) return placed(input, order, written);

    // Nothing was written. Say why, from the lines' state under their locks.
    const state = new Map(written.lines.map((l) => [l.variantId, l]));
    const now = new Map(
      lines.map((l) => [
        l.variantId,
        { name: info.get(l.variantId)?.productName ?? 'Sản phẩm', stock: state.get(l.variantId)?.stock ?? 0 },
      ]),
    );
    const gone = lines.filter((l) => !state.get(l.variantId)?.sellable);
    if (gone.length > 0) return unavailable(gone, now);
    const short = lines.filter((l) => (state.get(l.variantId)?.stock ?? 0) < l.quantity);
    if (short.length > 0) return outOfStock(short, now);
    // Only prices changed since the read: price the order again at the new prices.
    if (attempt >= MAX_PRICING_ATTEMPTS) throw new Error('prices kept changing while the order was being placed');
    info = await getVariantsForSale(db, ids);
  }
}

function orderToWrite(
  input: PlaceOrderInput,
  lines: CartLine[],
  info: Map<number, VariantForSale>,
  address: Extract<ReturnType<typeof resolveAddress>, { ok: true }>,
  hash: string,
): OrderToWrite {
  const items = lines.map((l) => {
    const v = info.get(l.variantId);
    if (!v) throw new Error('a sellable line without its variant'); // checked by the caller
    return {
      variantId: l.variantId,
      quantity: l.quantity,
      productId: v.productId,
      productSlug: v.productSlug,
      productName: v.productName,
      variantLabel: variantLabel(v.options),
      sku: v.sku,
      image: v.image,
      unitPrice: v.price,
      lineTotal: v.price * l.quantity,
    };
  });
  const subtotal = items.reduce((s, i) => s + i.lineTotal, 0);
  const online = input.request.paymentMethod !== 'cod';
  const { contact, note, invoice, shippingAddress, paymentMethod } = input.request;
  return {
    lines: items,
    status: online ? 'pending_payment' : 'placed',
    paymentMethod,
    customerId: input.customerId ?? null,
    contact: { name: contact.name, phone: contact.phone, email: contact.email },
    address: {
      provinceCode: address.province.code,
      provinceName: address.province.name,
      wardCode: address.ward.code,
      wardName: address.ward.name,
      street: shippingAddress.street,
    },
    note: note ?? null,
    invoice: invoice ?? null,
    subtotal,
    shippingFee: shippingFee(subtotal, input.shipping),
    idempotencyKey: input.idempotencyKey,
    requestHash: hash,
    paymentWindowMinutes: online ? input.paymentWindowMinutes : null,
    // Cash on delivery is confirmed now; an online order is confirmed when its payment arrives
    // (lib/payments/apply-event.ts queues the e-mail then).
    queueConfirmation: !online,
  };
}

/** What was written is what the caller gets: no second read of the order. */
function placed(
  input: PlaceOrderInput,
  order: OrderToWrite,
  written: Extract<WriteOrderResult, { written: true }>,
): PlaceOrderResult {
  const items = order.lines.map((i) => ({
    variantId: i.variantId,
    productSlug: i.productSlug,
    name: i.productName,
    variantLabel: i.variantLabel,
    quantity: i.quantity,
    unitPrice: i.unitPrice,
    lineTotal: i.lineTotal,
  }));
  const shown = input.request.expectedPrices ?? {};
  const priceChanges = items
    .filter((i) => shown[String(i.variantId)] !== undefined && shown[String(i.variantId)] !== i.unitPrice)
    .map((i) => ({
      variantId: i.variantId,
      name: i.name,
      cartPrice: shown[String(i.variantId)] ?? 0,
      orderPrice: i.unitPrice,
    }));
  return {
    ok: true,
    order: {
      id: written.id,
      number: written.number,
      status: order.status,
      paymentMethod: order.paymentMethod,
      subtotal: order.subtotal,
      shippingFee: order.shippingFee,
      total: order.subtotal + order.shippingFee,
      items,
      accessToken: orderAccessToken(written.number),
    },
    replayed: false,
    priceChanges,
    soldOut: [...written.stockAfter.values()].some((stock) => stock === 0),
  };
}
