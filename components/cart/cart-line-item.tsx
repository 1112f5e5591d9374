'use client';

import Link from 'next/link';
import type { CartLineView } from '@/lib/cart/dto';
import { formatVnd } from '@/lib/money';
import { ProductImage } from '../product-image';
import { QuantityStepper } from './quantity-stepper';
import { MAX_LINE_QUANTITY } from '@/lib/cart/limits';

// One cart line, in the drawer and on the cart page. A line that can no longer be bought stays visible, greyed,
// with its reason and a remove button: it must be seen to be removed, and it must not break the page.

type Props = {
  line: CartLineView;
  cloudName?: string;
  onQuantity: (line: CartLineView, quantity: number) => void;
  onRemove: (line: CartLineView) => void;
  /** The drawer closes when a product link is followed. */
  onNavigate?: () => void;
  large?: boolean;
};

export function CartLineItem({ line, cloudName, onQuantity, onRemove, onNavigate, large = false }: Props) {
  const buyable = line.available && line.stock > 0;
  const thumb = large ? 'size-20 sm:size-24' : 'size-16';
  return (
    <li className={`flex gap-3 py-4 ${buyable ? '' : 'rounded-md bg-stone-50 px-2'}`}>
      <div className={`${thumb} shrink-0 overflow-hidden rounded-md border border-stone-200 bg-white`}>
        <ProductImage
          image={line.image ? { src: line.image, alt: '', width: 160, height: 160 } : null}
          cloudName={cloudName}
          sizes={large ? '96px' : '64px'}
          decorative
          className={`h-full w-full object-contain ${buyable ? '' : 'grayscale'}`}
        />
      </div>
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <p className={`font-semibold leading-snug ${large ? '' : 'text-sm'} ${buyable ? '' : 'text-stone-600'}`}>
              {line.productSlug && line.available ? (
                <Link href={`/san-pham/${line.productSlug}`} onClick={onNavigate} className="hover:text-brand-700">
                  {line.name}
                </Link>
              ) : (
                line.name
              )}
            </p>
            {line.variantLabel && <p className="text-sm text-stone-600">{line.variantLabel}</p>}
            {line.available && (
              <p className="text-sm text-stone-700">
                <span className="sr-only">Đơn giá: </span>
                {formatVnd(line.unitPrice)}
                {line.compareAtPrice !== null && line.compareAtPrice > line.unitPrice && (
                  <s className="ml-2 text-stone-600">
                    <span className="sr-only">Giá gốc: </span>
                    {formatVnd(line.compareAtPrice)}
                  </s>
                )}
              </p>
            )}
          </div>
          <p className="shrink-0 text-right font-semibold tabular-nums">
            <span className="sr-only">Thành tiền: </span>
            {line.available ? formatVnd(line.lineTotal) : '—'}
          </p>
        </div>
        {line.message && <p className="mt-1 text-sm font-medium text-amber-800">{line.message}</p>}
        <div className="mt-2 flex flex-wrap items-center justify-between gap-2">
          {buyable ? (
            <QuantityStepper
              value={line.quantity}
              max={Math.min(line.stock, MAX_LINE_QUANTITY)}
              onChange={(q) => onQuantity(line, q)}
              label={`Số lượng ${line.name} ${line.variantLabel}`.trim()}
            />
          ) : (
            <p className="text-sm text-stone-600">Số lượng: {line.quantity}</p>
          )}
          <button
            type="button"
            onClick={() => onRemove(line)}
            aria-label={`Xóa ${line.name} ${line.variantLabel} khỏi giỏ hàng`.replace(/\s+/g, ' ')}
            className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-stone-700 underline hover:text-brand-700"
          >
            Xóa
          </button>
        </div>
      </div>
    </li>
  );
}
