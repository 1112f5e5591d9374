'use client';

import type { RefObject } from 'react';
import type { CartLineView } from '@/lib/cart/dto';
import { CartLineItem } from './cart-line-item';
import { useCart } from './cart-provider';

// The lines of the cart with their controls. A removed line takes its button with it, so focus moves to the
// heading above the list (a status message says what was removed) instead of falling back to the page.

type Props = {
  lines: CartLineView[];
  focusAfterRemove: RefObject<HTMLElement | null>;
  onNavigate?: () => void;
  large?: boolean;
};

export function CartLineList({ lines, focusAfterRemove, onNavigate, large = false }: Props) {
  const { cloudName, setQuantity, remove } = useCart();
  return (
    <ul className="divide-y divide-stone-200">
      {lines.map((line) => (
        <CartLineItem
          key={line.variantId}
          line={line}
          cloudName={cloudName}
          onQuantity={setQuantity}
          onRemove={(l) => {
            focusAfterRemove.current?.focus();
            remove(l);
          }}
          onNavigate={onNavigate}
          large={large}
        />
      ))}
    </ul>
  );
}
