'use client';

import Link from 'next/link';
import { useRef } from 'react';
import type { CartView } from '@/lib/cart/dto';
import { CartLineList } from './cart-line-list';
import { CartMessage } from './cart-message';
import { useCart } from './cart-provider';
import { CartTotals } from './cart-totals';
import { CheckoutLink } from './checkout-link';

// /gio-hang: the page read the cart on the server (no loading flash); after that the provider's cart, which the
// controls here and in the drawer change, is the one shown.

const linkButton =
  'inline-flex min-h-11 items-center rounded-md border border-stone-300 px-5 font-semibold hover:border-brand-600 hover:text-brand-700';

export function CartPageView({ initialCart }: { initialCart: CartView }) {
  const { cart: live, pending, message } = useCart();
  const cart = live ?? initialCart;
  const heading = useRef<HTMLHeadingElement>(null);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} className="text-2xl font-bold sm:text-3xl">
        Giỏ hàng
      </h1>
      <div className="mt-3 space-y-2">
        <CartMessage message={message} />
      </div>
      {cart.lines.length === 0 ? (
        <div className="mx-auto max-w-xl py-12 text-center">
          <p className="text-lg font-semibold">Giỏ hàng của bạn đang trống.</p>
          <p className="mt-2 text-stone-700">
            Hãy khám phá loa, tai nghe, ampli và nhiều thiết bị âm thanh chính hãng khác.
          </p>
          <div className="mt-6 flex flex-wrap justify-center gap-3">
            <Link
              href="/"
              className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
            >
              Về trang chủ
            </Link>
            <Link href="/tim-kiem" className={linkButton}>
              Tìm sản phẩm
            </Link>
            <Link href="/tra-cuu-don-hang" className={linkButton}>
              Tra cứu đơn hàng
            </Link>
          </div>
        </div>
      ) : (
        <div className="mt-4 grid gap-8 lg:grid-cols-[2fr_1fr] lg:items-start">
          <section aria-labelledby="cart-lines-title">
            <h2 id="cart-lines-title" className="sr-only">
              Sản phẩm trong giỏ hàng
            </h2>
            <CartLineList lines={cart.lines} focusAfterRemove={heading} large />
            <Link href="/" className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
              ← Tiếp tục mua sắm
            </Link>
          </section>
          <section
            aria-labelledby="cart-summary-title"
            className="space-y-4 rounded-lg border border-stone-200 bg-stone-50 p-4 lg:sticky lg:top-4"
          >
            <h2 id="cart-summary-title" className="text-lg font-bold">
              Tóm tắt đơn hàng
            </h2>
            <CartTotals cart={cart} pending={pending} />
            <CheckoutLink cart={cart} label="Tiến hành thanh toán" reasonId="cart-page-blocked" />
          </section>
        </div>
      )}
    </>
  );
}
