import type { Metadata } from 'next';
import Link from 'next/link';
import { CartSync } from '@/components/cart/cart-sync';
import { CheckoutForm } from '@/components/checkout/checkout-form';
import { getCheckoutPrefill } from '@/lib/account/checkout-prefill';
import { provinceOptions } from '@/lib/address/data';
import { getCurrentUser } from '@/lib/auth/session';
import { availablePaymentMethods } from '@/lib/checkout/payment-methods';
import { getDb } from '@/lib/db/client';
import { recordFunnel } from '@/lib/metrics/registry';
import { PRIVACY_SLUG, TERMS_SLUG } from '@/lib/legal/links';
import { currentPolicyVersions } from '@/lib/legal/policies';
import { getCartAction } from '../cart-actions';

// Per shopper (reads the cart cookie): never cached, never prerendered.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Thanh toán',
  robots: { index: false, follow: false },
};

const primaryLink =
  'inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800';

export default async function CheckoutPage() {
  const result = await getCartAction();

  if (!result.ok || result.cart.lines.length === 0) {
    return (
      <div className="mx-auto w-full max-w-xl px-4 py-16 text-center">
        <h1 className="text-2xl font-bold sm:text-3xl">Thanh toán</h1>
        {result.ok ? (
          <p className="mt-4 text-stone-700">Giỏ hàng của bạn đang trống, chưa có gì để thanh toán.</p>
        ) : (
          <p role="alert" className="mt-4 text-stone-700">
            {result.message}
          </p>
        )}
        <div className="mt-8 flex flex-wrap justify-center gap-3">
          <Link href="/" className={primaryLink}>
            Tiếp tục mua sắm
          </Link>
          <Link
            href="/gio-hang"
            className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-5 font-semibold hover:border-brand-600 hover:text-brand-700"
          >
            Xem giỏ hàng
          </Link>
        </div>
        {result.ok && <CartSync cart={result.cart} />}
      </div>
    );
  }
  recordFunnel('checkout');

  // A signed-in customer starts from their default address, name, e-mail and phone.
  const user = await getCurrentUser();
  const db = await getDb();
  const [prefill, versions] = await Promise.all([
    user ? getCheckoutPrefill(db, user.id) : undefined,
    currentPolicyVersions(db, [TERMS_SLUG, PRIVACY_SLUG]),
  ]);

  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6">
      <CartSync cart={result.cart} />
      <h1 className="text-2xl font-bold sm:text-3xl">Thanh toán</h1>
      <CheckoutForm
        initialCart={result.cart}
        provinces={provinceOptions()}
        paymentMethods={availablePaymentMethods()}
        idempotencyKey={crypto.randomUUID()}
        initialValues={prefill}
        policyVersions={{ terms: versions[TERMS_SLUG], privacy: versions[PRIVACY_SLUG] }}
      />
    </div>
  );
}
