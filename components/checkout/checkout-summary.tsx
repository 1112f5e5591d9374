import Link from 'next/link';
import type { CartView } from '@/lib/cart/dto';
import { formatVnd } from '@/lib/money';
import { CartTotals } from '../cart/cart-totals';
import { ProductImage } from '../product-image';

// What is being ordered, as read from the database for this page (never from the browser).

type Props = { cart: CartView; cloudName?: string; pending?: boolean };

export function CheckoutSummary({ cart, cloudName, pending = false }: Props) {
  return (
    <section aria-labelledby="checkout-summary-title" className="space-y-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="checkout-summary-title" className="text-lg font-bold">
          Đơn hàng ({cart.itemCount} sản phẩm)
        </h2>
        <Link
          href="/gio-hang"
          className="inline-flex min-h-11 items-center text-sm font-semibold text-brand-700 underline"
        >
          Sửa giỏ hàng
        </Link>
      </div>
      <ul className="divide-y divide-stone-200">
        {cart.lines.map((line) => (
          <li key={line.variantId} className="flex gap-3 py-3">
            <div className="size-14 shrink-0 overflow-hidden rounded-md border border-stone-200 bg-white">
              <ProductImage
                image={line.image ? { src: line.image, alt: '', width: 112, height: 112 } : null}
                cloudName={cloudName}
                sizes="56px"
                decorative
                className="h-full w-full object-contain"
              />
            </div>
            <div className="min-w-0 flex-1 text-sm">
              <p className="font-semibold leading-snug">{line.name}</p>
              {line.variantLabel && <p className="text-stone-600">{line.variantLabel}</p>}
              <p className="text-stone-700">
                {line.quantity} × {formatVnd(line.unitPrice)}
              </p>
              {line.message && <p className="font-medium text-amber-800">{line.message}</p>}
            </div>
            <p className="shrink-0 text-sm font-semibold tabular-nums">
              <span className="sr-only">Thành tiền: </span>
              {formatVnd(line.lineTotal)}
            </p>
          </li>
        ))}
      </ul>
      <CartTotals cart={cart} pending={pending} />
    </section>
  );
}
