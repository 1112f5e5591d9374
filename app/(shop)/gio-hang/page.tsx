import type { Metadata } from 'next';
import Link from 'next/link';
import { CartPageView } from '@/components/cart/cart-page-view';
import { CartSync } from '@/components/cart/cart-sync';
import { getCartAction } from '../cart-actions';

// Per shopper (reads the cart cookie), so never cached; the build has no database either.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Giỏ hàng',
  robots: { index: false, follow: true },
};

export default async function CartPage() {
  // The same function the drawer calls: a missing cookie is an empty cart, Redis down is a message.
  const result = await getCartAction();
  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-6">
      {result.ok ? (
        <>
          <CartSync cart={result.cart} />
          <CartPageView initialCart={result.cart} />
        </>
      ) : (
        <div className="mx-auto max-w-xl py-12 text-center">
          <h1 className="text-2xl font-bold">Giỏ hàng</h1>
          <p role="alert" className="mt-4 text-stone-700">
            {result.message}
          </p>
          <Link
            href="/"
            className="mt-6 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            Về trang chủ
          </Link>
        </div>
      )}
    </div>
  );
}
