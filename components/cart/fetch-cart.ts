// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import type { CartActionResult } from '@/app/(shop)/cart-actions';
import type { CartLineView, CartView } from '@/lib/cart/dto';

// Reading the cart goes through GET /api/cart, not getCartAction: Next runs server actions one at a time in the
// router's queue, so an action fired on every page load would hold up a navigation the shopper starts meanwhile.
// The answer is checked by hand (zod would add its weight to every page) and failures become a message.

export const CART_UNREACHABLE = 'Không cập nhật được giỏ hàng lúc này, vui lòng thử lại sau ít phút.';

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isLine(v: unknown): v is CartLineView {
  if (typeof v !== 'object' || v === null) return false;
  const l = v as Record<string, unknown>;
  return (
    isNumber(l.variantId) &&
    isNumber(l.quantity) &&
    isNumber(l.unitPrice) &&
    isNumber(l.lineTotal) &&
    isNumber(l.stock) &&
    typeof l.name === 'string' &&
    typeof l.variantLabel === 'string' &&
    typeof l.available === 'boolean'
  );
}

function isCart(v: unknown): v is CartView {
  if (typeof v !== 'object' || v === null) return false;
  const c = v as Record<string, unknown>;
  return (
    Array.isArray(c.lines) &&
    c.lines.every(isLine) &&
    isNumber(c.itemCount) &&
    isNumber(c.subtotal) &&
    isNumber(c.shippingFee) &&
    isNumber(c.total) &&
    isNumber(c.freeShippingFrom) &&
    typeof c.canCheckout === 'boolean'
  );
}

export async function fetchCart(): Promise<CartActionResult> {
  try {
    const res = await fetch('/api/cart', { cache: 'no-store', headers: { accept: 'application/json' } });
    const body = (await res.json().catch(() => null)) as { cart?: unknown; error?: { message?: unknown } } | null;
    if (res.ok && isCart(body?.cart)) return { ok: true, cart: body.cart, notice: null };
    const message = body?.error?.message;
    return { ok: false, message: typeof message === 'string' ? message : CART_UNREACHABLE };
  } catch {
    return { ok: false, message: CART_UNREACHABLE };
  }
}
