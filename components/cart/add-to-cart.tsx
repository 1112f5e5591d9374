'use client';

import { useRef, useState, useTransition } from 'react';
import { useCart } from './cart-provider';
import { QuantityStepper } from './quantity-stepper';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';

// Quantity and "Thêm vào giỏ" for the selected variant. On success the drawer opens with the server's cart (and
// its notice, e.g. a quantity capped to the stock left); a refusal is shown here and nothing else changes.

type Props = { variantId: number; stock: number };

export function AddToCart({ variantId, stock }: Props) {
  const { add, openDrawer } = useCart();
  const [quantity, setQuantity] = useState(1);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  const soldOut = stock <= 0;
  // Not `disabled` while pending: a disabled button drops keyboard focus, which the drawer gives back on close.
  const inactive = soldOut || pending;

  function onAdd() {
    if (inactive) return;
    setError(null);
    startTransition(async () => {
      const result = await add(variantId, quantity);
      if (result.ok) openDrawer(button.current);
      else setError(result.message);
    });
  }

  return (
    <div>
      <div className="flex flex-wrap items-end gap-3">
        {!soldOut && (
          <div>
            <span className="mb-1 block text-sm font-semibold">Số lượng</span>
            <QuantityStepper
              value={quantity}
              max={Math.min(stock, MAX_LINE_QUANTITY)}
              onChange={setQuantity}
              label="Số lượng muốn mua"
            />
          </div>
        )}
        <button
          ref={button}
          type="button"
          onClick={onAdd}
          disabled={soldOut}
          aria-disabled={pending || undefined}
          data-variant-id={variantId}
          className="min-h-12 flex-1 rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60 aria-disabled:cursor-progress aria-disabled:opacity-80 sm:flex-none"
        >
          {soldOut ? 'Hết hàng' : pending ? 'Đang thêm…' : 'Thêm vào giỏ'}
        </button>
      </div>
      <div role="alert" className="mt-2">
        {error && <p className="text-sm font-medium text-brand-800">{error}</p>}
      </div>
    </div>
  );
}
