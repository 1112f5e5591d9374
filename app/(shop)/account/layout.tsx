import type { ReactNode } from 'react';
import { AccountNav } from '@/components/account/account-nav';
import { CartRefresh } from '@/components/cart/cart-sync';

// The account area's frame. It checks nobody: each page calls requireUser itself (a layout is not re-run on
// every navigation), and the proxy has already sent visitors without a session to sign-in. Arriving here is
// usually arriving from sign-in or sign-up, which swapped the cart cookie for the account's merged cart while
// the shop layout's cart state stayed: CartRefresh reads it again.
// Every account page is per visitor: never prerendered by the build (the shop layout would read the catalog
// from a database the build does not have).
export const dynamic = 'force-dynamic';

export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 lg:grid lg:grid-cols-[13rem_1fr] lg:gap-8">
      <CartRefresh />
      <AccountNav />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
