'use client';

import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useOptimistic,
  useRef,
  useState,
  useTransition,
} from 'react';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { addToCartAction, removeFromCartAction, setCartQuantityAction } from '@/app/(shop)/cart-actions';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import type { CartActionResult } from '@/app/(shop)/cart-actions';
import type { CartLineView, CartView } from '@/lib/cart/dto';
import { CartDrawer } from './cart-drawer';
import { CART_UNREACHABLE, fetchCart } from './fetch-cart';

// The cart on the client. The shop layout and the catalog pages are cached for everyone, so the cart is loaded
// after mount from GET /api/cart (the cookie is httpOnly) and kept here for the badge, the drawer and the cart and
// checkout pages; changes go through the cart server actions. Quantity changes and removals show at once (useOptimistic); the server's cart then
// replaces the guess, and a refusal leaves the last real cart in place with the message.

export type CartMessage = { tone: 'notice' | 'error'; text: string };

type CartContextValue = {
  /** null until the first answer arrives. */
  cart: CartView | null;
  loading: boolean;
  /** A change is on its way to the server; totals may still move. */
  pending: boolean;
  message: CartMessage | null;
  cloudName?: string;
  add: (variantId: number, quantity: number) => Promise<CartActionResult>;
  setQuantity: (line: CartLineView, quantity: number) => void;
  remove: (line: CartLineView) => void;
  refresh: () => void;
  /** A message from elsewhere (the account's "Mua lại") for the cart page the shopper is sent to next. */
  announce: (message: CartMessage) => void;
  /** A page that read the cart on the server hands it over, so everything on screen shows the same cart. */
  replace: (cart: CartView) => void;
  drawerOpen: boolean;
  openDrawer: (opener?: HTMLElement | null) => void;
  closeDrawer: () => void;
  /** Where focus goes back when the drawer closes. */
  drawerOpener: () => HTMLElement | null;
};

const CartContext = createContext<CartContextValue | null>(null);

type QuantityChange = { variantId: number; quantity: number };

/** The cart as it will most likely look once the server agrees; 0 removes the line. */
function withQuantity(cart: CartView | null, change: QuantityChange): CartView | null {
  if (!cart) return cart;
  const lines =
    change.quantity <= 0
      ? cart.lines.filter((l) => l.variantId !== change.variantId)
      : cart.lines.map((l) =>
          l.variantId === change.variantId && l.available
            ? {
                ...l,
                quantity: change.quantity,
                lineTotal: l.unitPrice * change.quantity,
                message: change.quantity <= l.stock ? null : l.message,
              }
            : l,
        );
  const subtotal = lines.reduce((s, l) => s + (l.available ? l.lineTotal : 0), 0);
  // The flat fee is not part of the view; a fee that was charged stays until the server answers.
  const shippingFee = subtotal === 0 || subtotal >= cart.freeShippingFrom ? 0 : cart.shippingFee;
  return {
    ...cart,
    lines,
    itemCount: lines.reduce((s, l) => s + l.quantity, 0),
    subtotal,
    shippingFee,
    total: subtotal + shippingFee,
    canCheckout: lines.length > 0 && lines.every((l) => l.available && l.message === null),
  };
}

export function CartProvider({ cloudName, children }: { cloudName?: string; children: ReactNode }) {
  const [cart, setCart] = useState<CartView | null>(null);
  const [loading, setLoading] = useState(true);
  const [message, setMessage] = useState<CartMessage | null>(null);
  const [optimisticCart, applyOptimistic] = useOptimistic(cart, withQuantity);
  const [pending, startTransition] = useTransition();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const handedOver = useRef(false);
  // Bumped whenever a newer cart arrives (a change's answer, a page's hand-over). A read runs alongside the
  // server actions, so one that started before a change may answer after it; its cart is then out of date.
  const generation = useRef(0);

  const settle = useCallback((result: CartActionResult, successNotice: string | null = null) => {
    if (result.ok) {
      generation.current += 1;
      setCart(result.cart);
      setMessage(
        result.notice
          ? { tone: 'notice', text: result.notice }
          : successNotice
            ? { tone: 'notice', text: successNotice }
            : null,
      );
    } else {
      setMessage({ tone: 'error', text: result.message });
    }
  }, []);

  const call = useCallback(async (action: () => Promise<CartActionResult>): Promise<CartActionResult> => {
    try {
      return await action();
    } catch {
      return { ok: false, message: CART_UNREACHABLE };
    }
  }, []);

  const refresh = useCallback(() => {
    const started = generation.current;
    void fetchCart().then((result) => {
      if (generation.current !== started) return;
      setLoading(false);
      if (result.ok) setCart(result.cart);
      else setMessage({ tone: 'error', text: result.message });
    });
  }, []);

  // Pages that read the cart on the server hand it over in an effect, which runs before this one.
  useEffect(() => {
    if (!handedOver.current) refresh();
  }, [refresh]);

  const replace = useCallback((next: CartView) => {
    handedOver.current = true;
    generation.current += 1;
    setCart(next);
    setLoading(false);
  }, []);

  const change = useCallback(
    (next: QuantityChange, action: () => Promise<CartActionResult>, successNotice: string | null = null) => {
      startTransition(async () => {
        applyOptimistic(next);
        const result = await call(action);
        startTransition(() => settle(result, successNotice));
      });
    },
    [applyOptimistic, call, settle],
  );

  const value: CartContextValue = {
    cart: optimisticCart,
    loading: loading && cart === null,
    pending,
    message,
    cloudName,
    add: async (variantId, quantity) => {
      const result = await call(() => addToCartAction(variantId, quantity));
      // A refusal is shown by the button that asked; the drawer stays as it was.
      if (result.ok) {
        setLoading(false);
        settle(result);
      }
      return result;
    },
    setQuantity: (line, quantity) =>
      change({ variantId: line.variantId, quantity }, () => setCartQuantityAction(line.variantId, quantity)),
    remove: (line) =>
      change(
        { variantId: line.variantId, quantity: 0 },
        () => removeFromCartAction(line.variantId),
        `Đã xóa "${line.name}" khỏi giỏ hàng.`,
      ),
    refresh,
    announce: setMessage,
    replace,
    drawerOpen,
    openDrawer: (from) => {
      opener.current = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
      setDrawerOpen(true);
    },
    closeDrawer: () => {
      setDrawerOpen(false);
      setMessage(null); // a notice belongs to the change that caused it, not to the next visit
    },
    drawerOpener: () => opener.current,
  };

  return (
    <CartContext value={value}>
      {children}
      <CartDrawer />
    </CartContext>
  );
}

export function useCart(): CartContextValue {
  const value = useContext(CartContext);
  if (!value) throw new Error('useCart() needs a <CartProvider> above it');
  return value;
}

/** For chrome that is also rendered outside the shop (the static 404 page's header). */
export function useOptionalCart(): CartContextValue | null {
  return useContext(CartContext);
}
