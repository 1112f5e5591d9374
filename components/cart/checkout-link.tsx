import Link from 'next/link';
import type { CartView } from '@/lib/cart/dto';

// The way to checkout, or, while a line needs attention, a disabled button that says why.

const BLOCKED_REASON = 'Vui lòng xóa sản phẩm ngừng bán hoặc giảm số lượng theo số hàng còn lại trước khi thanh toán.';

type Props = { cart: CartView; label: string; onNavigate?: () => void; reasonId: string };

const base = 'inline-flex min-h-12 w-full items-center justify-center rounded-md px-6 font-semibold';

export function CheckoutLink({ cart, label, onNavigate, reasonId }: Props) {
  if (cart.canCheckout) {
    return (
      <Link href="/thanh-toan" onClick={onNavigate} className={`${base} bg-brand-700 text-white hover:bg-brand-800`}>
        {label}
      </Link>
    );
  }
  // A fragment: inside the drawer's two-column grid the reason takes the whole row.
  return (
    <>
      <button
        type="button"
        disabled
        aria-describedby={reasonId}
        className={`${base} cursor-not-allowed bg-stone-300 text-stone-700`}
      >
        {label}
      </button>
      <p id={reasonId} className="col-span-full text-sm text-amber-800">
        {BLOCKED_REASON}
      </p>
    </>
  );
}
