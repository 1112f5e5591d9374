import 'server-only';
import { z } from 'zod';
import { shippingFee, type ShippingRule } from '@/lib/checkout/shipping';
import type { Db } from '@/lib/db/types';
import type { RedisCommands } from '@/lib/redis/types';
import type { CartLineView, CartView } from './dto';
import { MAX_LINE_QUANTITY } from './limits';
import { getVariantsForSale } from '@/lib/inventory/variants-for-sale';
import { recordFunnel } from '@/lib/metrics/registry';

// The cart: a Redis hash per cart (variant id -> quantity) with a sliding 30-day TTL. Quantities are
// all it trusts from Redis; names, prices and stock are read from the database every time.

export const CART_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const MAX_CART_LINES = 50;

export const cartIdSchema = z.uuid();

const key = (cartId: string) => `cart:${cartId}`;

// What Redis holds is parsed like any other input: a bad field is dropped, never trusted.
const storedQuantity = z.coerce.number().int().min(1).max(MAX_LINE_QUANTITY);

export type CartLine = { variantId: number; quantity: number };

export type CartChange =
  | { ok: true; notice: string | null }
  | { ok: false; code: 'not_found' | 'out_of_stock' | 'too_many_lines'; message: string };

export async function readCartLines(redis: RedisCommands, cartId: string): Promise<CartLine[]> {
  const raw = await redis.hgetall(key(cartId));
  const lines: CartLine[] = [];
  for (const [field, value] of Object.entries(raw)) {
    const quantity = storedQuantity.safeParse(value);
    if (/^\d{1,10}$/.test(field) && quantity.success) lines.push({ variantId: Number(field), quantity: quantity.data });
  }
  return lines.sort((a, b) => a.variantId - b.variantId);
}

export async function getCartView(db: Db, redis: RedisCommands, cartId: string, rule: ShippingRule): Promise<CartView> {
  const lines = await readCartLines(redis, cartId);
  const [found] = await Promise.all([
    getVariantsForSale(
      db,
      lines.map((l) => l.variantId),
    ),
    lines.length > 0 ? redis.expire(key(cartId), CART_TTL_MS) : undefined, // sliding TTL: reading counts as use
  ]);
  const views: CartLineView[] = lines.map((l) => {
    const v = found.get(l.variantId);
    if (!v?.sellable) {
      return {
        variantId: l.variantId,
        productSlug: v?.productSlug ?? null,
        name: v?.productName ?? 'Sản phẩm không còn tồn tại',
        variantLabel: v ? Object.values(v.options).join(' / ') : '',
        image: v?.image ?? null,
        unitPrice: 0,
        compareAtPrice: null,
        quantity: l.quantity,
        stock: 0,
        lineTotal: 0,
        available: false,
        message: 'Sản phẩm không còn bán, vui lòng xóa khỏi giỏ hàng.',
      };
    }
    const message =
      v.stock === 0
        ? 'Sản phẩm đã hết hàng.'
        : l.quantity > v.stock
          ? `Chỉ còn ${v.stock} sản phẩm, vui lòng giảm số lượng.`
          : null;
    return {
      variantId: l.variantId,
      productSlug: v.productSlug,
      name: v.productName,
      variantLabel: Object.values(v.options).join(' / '),
      image: v.image,
      unitPrice: v.price,
      compareAtPrice: v.compareAtPrice,
      quantity: l.quantity,
      stock: v.stock,
      lineTotal: v.price * l.quantity,
      available: true,
      message,
    };
  });
  const subtotal = views.reduce((s, l) => s + (l.available ? l.lineTotal : 0), 0);
  const fee = shippingFee(subtotal, rule);
  return {
    lines: views,
    itemCount: views.reduce((s, l) => s + l.quantity, 0),
    subtotal,
    shippingFee: fee,
    total: subtotal + fee,
    freeShippingFrom: rule.freeFrom,
    canCheckout: views.length > 0 && views.every((l) => l.available && l.message === null),
  };
}

/** Sets a line to `wanted(current quantity)`, capped to the stock left; 0 removes it. */
async function setLine(
  db: Db,
  redis: RedisCommands,
  cartId: string,
  variantId: number,
  wanted: (current: number) => number,
): Promise<CartChange> {
  // The variant and the cart are independent reads: side by side.
  const [found, lines] = await Promise.all([getVariantsForSale(db, [variantId]), readCartLines(redis, cartId)]);
  const target = wanted(lines.find((l) => l.variantId === variantId)?.quantity ?? 0);
  if (target <= 0) {
    await redis.hdel(key(cartId), String(variantId));
    return { ok: true, notice: null };
  }
  const v = found.get(variantId);
  if (!v?.sellable) return { ok: false, code: 'not_found', message: 'Sản phẩm không tồn tại hoặc đã ngừng bán.' };
  if (v.stock === 0) return { ok: false, code: 'out_of_stock', message: `"${v.productName}" đã hết hàng.` };
  if (lines.length >= MAX_CART_LINES && !lines.some((l) => l.variantId === variantId)) {
    return { ok: false, code: 'too_many_lines', message: `Giỏ hàng tối đa ${MAX_CART_LINES} sản phẩm khác nhau.` };
  }
  const quantity = Math.min(target, v.stock, MAX_LINE_QUANTITY);
  await redis.hsetWithTtl(key(cartId), { [String(variantId)]: quantity }, CART_TTL_MS);
  const notice =
    quantity < target
      ? quantity === v.stock
        ? `Chỉ còn ${v.stock} sản phẩm "${v.productName}", số lượng đã được điều chỉnh.`
        : `Tối đa ${MAX_LINE_QUANTITY} sản phẩm mỗi loại.`
      : null;
  return { ok: true, notice };
}

export async function addToCart(db: Db, redis: RedisCommands, cartId: string, variantId: number, quantity: number) {
  const change = await setLine(db, redis, cartId, variantId, (current) => current + quantity);
  if (change.ok) recordFunnel('add_to_cart');
  return change;
}

export async function setCartQuantity(
  db: Db,
  redis: RedisCommands,
  cartId: string,
  variantId: number,
  quantity: number,
): Promise<CartChange> {
  if (quantity <= 0) {
    await redis.hdel(key(cartId), String(variantId));
    return { ok: true, notice: null };
  }
  return setLine(db, redis, cartId, variantId, () => quantity);
}

export async function removeFromCart(redis: RedisCommands, cartId: string, variantId: number): Promise<void> {
  await redis.hdel(key(cartId), String(variantId));
}

export async function clearCart(redis: RedisCommands, cartId: string): Promise<void> {
  await redis.del(key(cartId));
}

/** Sign-in: the guest cart's lines join the account's cart (quantities add up), then the guest cart goes. */
export async function mergeCarts(redis: RedisCommands, fromCartId: string, intoCartId: string): Promise<void> {
  if (fromCartId === intoCartId) return;
  const [from, into] = await Promise.all([readCartLines(redis, fromCartId), readCartLines(redis, intoCartId)]);
  if (from.length === 0) return;
  const merged: Record<string, number> = {};
  for (const l of into) merged[String(l.variantId)] = l.quantity;
  for (const l of from)
    merged[String(l.variantId)] = Math.min((merged[String(l.variantId)] ?? 0) + l.quantity, MAX_LINE_QUANTITY);
  await redis.hsetWithTtl(key(intoCartId), merged, CART_TTL_MS);
  await redis.del(key(fromCartId));
}
