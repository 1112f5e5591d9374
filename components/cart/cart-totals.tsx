import type { CartView } from '@/lib/cart/dto';
import { formatVnd } from '@/lib/money';

// Subtotal, shipping and total of a cart, with how far the free-shipping threshold is. No hooks: the drawer, the
// cart page and the checkout summary all use it.

type Props = { cart: CartView; pending?: boolean };

export function CartTotals({ cart, pending = false }: Props) {
  const missing = cart.freeShippingFrom - cart.subtotal;
  return (
    <div aria-busy={pending} className={pending ? 'opacity-70 transition-opacity' : undefined}>
      <dl className="space-y-2 text-sm">
        <div className="flex justify-between gap-4">
          <dt className="text-stone-700">Tạm tính ({cart.itemCount} sản phẩm)</dt>
          <dd className="font-medium tabular-nums">{formatVnd(cart.subtotal)}</dd>
        </div>
        <div className="flex justify-between gap-4">
          <dt className="text-stone-700">Phí vận chuyển</dt>
          <dd className="font-medium tabular-nums">
            {cart.shippingFee === 0 && cart.subtotal > 0 ? 'Miễn phí' : formatVnd(cart.shippingFee)}
          </dd>
        </div>
        <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-base font-bold">
          <dt>Tổng cộng</dt>
          <dd className="tabular-nums text-brand-700">{formatVnd(cart.total)}</dd>
        </div>
      </dl>
      <p className="mt-2 text-xs text-stone-600">
        {missing > 0
          ? `Miễn phí vận chuyển cho đơn từ ${formatVnd(cart.freeShippingFrom)}: mua thêm ${formatVnd(missing)}.`
          : 'Đơn hàng của bạn được miễn phí vận chuyển.'}{' '}
        Giá đã bao gồm VAT.
      </p>
    </div>
  );
}
