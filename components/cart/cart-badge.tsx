'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useOptionalCart } from './cart-provider';

// The header's cart link. A real link to /gio-hang (it works before the script loads, and outside the shop where
// there is no cart state); in the shop it opens the drawer instead, except on the cart page itself.

export function CartBadge() {
  const cart = useOptionalCart();
  const pathname = usePathname();
  const count = cart?.cart?.itemCount ?? 0;
  const label = cart?.cart ? `Giỏ hàng, ${count} sản phẩm` : 'Giỏ hàng';

  return (
    <Link
      href="/gio-hang"
      aria-label={label}
      aria-haspopup={cart && pathname !== '/gio-hang' ? 'dialog' : undefined}
      onClick={(e) => {
        if (!cart || pathname === '/gio-hang' || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
        e.preventDefault();
        cart.openDrawer(e.currentTarget);
      }}
      className="relative inline-flex size-11 shrink-0 items-center justify-center rounded-md text-stone-800 hover:bg-stone-100 hover:text-brand-700"
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6" fill="none" stroke="currentColor" strokeWidth={2}>
        <path
          strokeLinecap="round"
          strokeLinejoin="round"
          d="M3 4h2l2.4 10.2a1 1 0 0 0 1 .8h9.2a1 1 0 0 0 1-.76L20.5 8H6.2"
        />
        <circle cx="9.5" cy="19" r="1.5" />
        <circle cx="17" cy="19" r="1.5" />
      </svg>
      {count > 0 && (
        <span
          aria-hidden="true"
          className="absolute top-0.5 right-0.5 flex min-w-5 items-center justify-center rounded-full bg-brand-700 px-1 text-xs leading-5 font-bold text-white tabular-nums"
        >
          {count > 99 ? '99+' : count}
        </span>
      )}
    </Link>
  );
}
