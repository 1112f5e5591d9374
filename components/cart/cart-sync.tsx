'use client';

import { useEffect } from 'react';
import type { CartView } from '@/lib/cart/dto';
import { useCart } from './cart-provider';

/** A page that read the cart on the server hands it to the provider: badge, drawer and page show one cart. */
export function CartSync({ cart }: { cart: CartView }) {
  const { replace } = useCart();
  useEffect(() => replace(cart), [cart, replace]);
  return null;
}

/** After an order the server emptied the cart; the badge learns it here. */
export function CartRefresh() {
  const { refresh } = useCart();
  useEffect(() => refresh(), [refresh]);
  return null;
}
