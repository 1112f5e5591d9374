import 'server-only';
import { readCartLines, setCartQuantity } from '@/lib/cart/cart';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';
import type { Db } from '@/lib/db/types';
import { getVariantsForSale } from '@/lib/inventory/variants-for-sale';
import type { RedisCommands } from '@/lib/redis/types';

// "Mua lại": an order's lines go back into the cart at today's price (the cart never stores one). A line
// whose product is no longer sold or is sold out is left out; one with fewer units left than ordered is
// capped to what is left (counting what the cart already holds). The shopper is told which and why.

/** What the "Mua lại" button gets back: the message for the cart page, or why nothing was added. */
export type ReorderState =
  | { status: 'idle' }
  | { status: 'done'; tone: 'notice' | 'error'; message: string }
  | { status: 'error'; message: string };

export type ReorderLine = { variantId: number; quantity: number; name: string };

export type ReorderOutcome = {
  /** Units put in the cart, over all lines. */
  addedUnits: number;
  added: { variantId: number; name: string; quantity: number }[];
  capped: { variantId: number; name: string; requested: number; added: number }[];
  skipped: { variantId: number; name: string; reason: string }[];
};

function mergeByVariant(lines: ReorderLine[]): ReorderLine[] {
  const merged = new Map<number, ReorderLine>();
  for (const l of lines) {
    const seen = merged.get(l.variantId);
    merged.set(l.variantId, seen ? { ...seen, quantity: seen.quantity + l.quantity } : { ...l });
  }
  return [...merged.values()];
}

export async function reorderToCart(
  db: Db,
  redis: RedisCommands,
  cartId: string,
  lines: ReorderLine[],
): Promise<ReorderOutcome> {
  const wanted = mergeByVariant(lines.filter((l) => l.quantity > 0));
  const [info, cart] = await Promise.all([
    getVariantsForSale(
      db,
      wanted.map((l) => l.variantId),
    ),
    readCartLines(redis, cartId),
  ]);
  const inCart = new Map(cart.map((l) => [l.variantId, l.quantity]));
  const outcome: ReorderOutcome = { addedUnits: 0, added: [], capped: [], skipped: [] };

  for (const line of wanted) {
    const v = info.get(line.variantId);
    if (!v?.sellable) {
      outcome.skipped.push({ variantId: line.variantId, name: line.name, reason: 'đã ngừng bán' });
      continue;
    }
    if (v.stock === 0) {
      outcome.skipped.push({ variantId: line.variantId, name: line.name, reason: 'đã hết hàng' });
      continue;
    }
    const current = inCart.get(line.variantId) ?? 0;
    const target = Math.min(current + line.quantity, v.stock, MAX_LINE_QUANTITY);
    const adding = target - current;
    if (adding <= 0) {
      outcome.skipped.push({
        variantId: line.variantId,
        name: line.name,
        reason: `giỏ hàng đã có ${current} sản phẩm, bằng số còn lại`,
      });
      continue;
    }
    // setCartQuantity checks again (stock may have moved since the read above) and keeps the cart's rules.
    const change = await setCartQuantity(db, redis, cartId, line.variantId, target);
    if (!change.ok) {
      outcome.skipped.push({ variantId: line.variantId, name: line.name, reason: change.message });
      continue;
    }
    outcome.addedUnits += adding;
    if (adding < line.quantity) {
      outcome.capped.push({ variantId: line.variantId, name: line.name, requested: line.quantity, added: adding });
    } else {
      outcome.added.push({ variantId: line.variantId, name: line.name, quantity: adding });
    }
  }
  return outcome;
}

/** One Vietnamese sentence or two for the cart page. */
export function describeReorder(
  orderNumber: string,
  outcome: ReorderOutcome,
): { tone: 'notice' | 'error'; text: string } {
  const problems = [
    ...outcome.capped.map((c) => `"${c.name}" chỉ thêm được ${c.added}/${c.requested} sản phẩm (không đủ hàng)`),
    ...outcome.skipped.map((s) => `"${s.name}" ${s.reason}`),
  ];
  if (outcome.addedUnits === 0) {
    return {
      tone: 'error',
      text: `Không thêm được sản phẩm nào của đơn ${orderNumber} vào giỏ hàng: ${problems.join('; ')}.`,
    };
  }
  const done = `Đã thêm ${outcome.addedUnits} sản phẩm của đơn ${orderNumber} vào giỏ hàng.`;
  if (problems.length === 0) return { tone: 'notice', text: done };
  return { tone: 'error', text: `${done} Chưa thêm được: ${problems.join('; ')}.` };
}
