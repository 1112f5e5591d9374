'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { CartLineList } from './cart-line-list';
import { CartMessage } from './cart-message';
import { useCart } from './cart-provider';
import { CartTotals } from './cart-totals';
import { CheckoutLink } from './checkout-link';

// The cart as a side panel, opened by the header badge and after adding a product. A modal <dialog> makes the
// rest of the page inert (focus stays inside) and closes on Escape; focus then goes back to what opened it.

export function CartDrawer() {
  const { drawerOpen, closeDrawer, drawerOpener, cart, loading, pending, message } = useCart();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (drawerOpen && !dialog.open) {
      dialog.showModal();
      // The heading first: screen readers hear what opened, and Tab goes on to the lines.
      headingRef.current?.focus();
    } else if (!drawerOpen && dialog.open) {
      dialog.close();
    }
  }, [drawerOpen]);

  const lines = cart?.lines ?? [];

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: only a click on the backdrop lands on the dialog itself; Escape is the keyboard way out
    <dialog
      ref={dialogRef}
      aria-labelledby="cart-drawer-title"
      onClose={() => {
        closeDrawer();
        const opener = drawerOpener();
        if (opener?.isConnected) opener.focus();
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) closeDrawer();
      }}
      className="m-0 ml-auto h-dvh max-h-none w-full max-w-md bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50"
    >
      <div className="flex h-full flex-col">
        <div className="flex items-center justify-between gap-2 border-b border-stone-200 py-1 pr-1 pl-4">
          <h2 id="cart-drawer-title" ref={headingRef} tabIndex={-1} className="text-lg font-bold">
            Giỏ hàng{cart && cart.itemCount > 0 ? ` (${cart.itemCount} sản phẩm)` : ''}
          </h2>
          <button
            type="button"
            onClick={closeDrawer}
            aria-label="Đóng giỏ hàng"
            className="flex size-11 items-center justify-center rounded-md text-2xl text-stone-700 hover:bg-stone-100"
          >
            <span aria-hidden="true">×</span>
          </button>
        </div>

        <div className="flex-1 space-y-2 overflow-y-auto px-4 pt-3">
          <CartMessage message={message} />
          {loading ? (
            <p className="py-8 text-center text-stone-600">Đang tải giỏ hàng…</p>
          ) : lines.length === 0 ? (
            <div className="py-10 text-center">
              <p className="text-stone-700">{cart ? 'Giỏ hàng của bạn đang trống.' : ''}</p>
              <button
                type="button"
                onClick={closeDrawer}
                className="mt-4 min-h-11 rounded-md border border-stone-300 px-5 font-semibold hover:border-brand-600 hover:text-brand-700"
              >
                Tiếp tục mua sắm
              </button>
            </div>
          ) : (
            <CartLineList lines={lines} focusAfterRemove={headingRef} onNavigate={closeDrawer} />
          )}
        </div>

        {cart && lines.length > 0 && (
          <div className="space-y-3 border-t border-stone-200 px-4 pt-3 pb-[max(1rem,env(safe-area-inset-bottom))]">
            <CartTotals cart={cart} pending={pending} />
            <div className="grid grid-cols-2 items-start gap-2">
              <Link
                href="/gio-hang"
                onClick={closeDrawer}
                className="inline-flex min-h-12 items-center justify-center rounded-md border border-stone-300 px-3 font-semibold hover:border-brand-600 hover:text-brand-700"
              >
                Xem giỏ hàng
              </Link>
              <CheckoutLink cart={cart} label="Thanh toán" onNavigate={closeDrawer} reasonId="cart-drawer-blocked" />
            </div>
          </div>
        )}
      </div>
    </dialog>
  );
}
