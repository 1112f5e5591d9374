import Link from 'next/link';
import { formatDateTime } from '@/components/format-date';
import { PAYMENT_METHOD_LABELS } from '@/components/payment-method-labels';
import { ProductImage } from '@/components/product-image';
import { HotlineLink } from '@/components/legal/hotline-link';
import { formatVnd } from '@/lib/money';
import type { OrderView } from '@/lib/orders/dto';
import { OrderTimeline } from './order-timeline';

// An order as the shopper sees it: lines and totals, delivery and payment, VAT invoice, the timeline, and
// where to call. Shared by the guest order page (secret link) and the account's order page.

export function OrderDetails({ order, cloudName }: { order: OrderView; cloudName: string | undefined }) {
  return (
    <>
      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <div className="space-y-6">
          <section aria-labelledby="order-items" className="rounded-lg border border-stone-200 p-4">
            <h2 id="order-items" className="text-lg font-bold">
              Sản phẩm
            </h2>
            <ul className="mt-2 divide-y divide-stone-200">
              {order.items.map((item) => (
                <li key={item.variantId} className="flex gap-3 py-3">
                  <div className="size-16 shrink-0 overflow-hidden rounded-md border border-stone-200 bg-white">
                    <ProductImage
                      image={item.image ? { src: item.image, alt: '', width: 128, height: 128 } : null}
                      cloudName={cloudName}
                      sizes="64px"
                      decorative
                      className="h-full w-full object-contain"
                    />
                  </div>
                  <div className="min-w-0 flex-1 text-sm">
                    <p className="font-semibold leading-snug">
                      <Link href={`/san-pham/${item.productSlug}`} className="hover:text-brand-700">
                        {item.name}
                      </Link>
                    </p>
                    {item.variantLabel && <p className="text-stone-600">{item.variantLabel}</p>}
                    <p className="text-stone-600">Mã: {item.sku}</p>
                    <p className="text-stone-700">
                      {item.quantity} × {formatVnd(item.unitPrice)}
                    </p>
                  </div>
                  <p className="shrink-0 text-sm font-semibold tabular-nums">
                    <span className="sr-only">Thành tiền: </span>
                    {formatVnd(item.lineTotal)}
                  </p>
                </li>
              ))}
            </ul>
            <dl className="mt-2 space-y-2 border-t border-stone-200 pt-3 text-sm">
              <div className="flex justify-between gap-4">
                <dt className="text-stone-700">Tạm tính</dt>
                <dd className="tabular-nums">{formatVnd(order.subtotal)}</dd>
              </div>
              <div className="flex justify-between gap-4">
                <dt className="text-stone-700">Phí vận chuyển</dt>
                <dd className="tabular-nums">{order.shippingFee === 0 ? 'Miễn phí' : formatVnd(order.shippingFee)}</dd>
              </div>
              {order.discount > 0 && (
                <div className="flex justify-between gap-4">
                  <dt className="text-stone-700">Giảm giá</dt>
                  <dd className="tabular-nums">−{formatVnd(order.discount)}</dd>
                </div>
              )}
              <div className="flex justify-between gap-4 border-t border-stone-200 pt-2 text-base font-bold">
                <dt>Tổng cộng</dt>
                <dd className="tabular-nums text-brand-700">{formatVnd(order.total)}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="order-delivery" className="rounded-lg border border-stone-200 p-4">
            <h2 id="order-delivery" className="text-lg font-bold">
              Giao hàng và thanh toán
            </h2>
            <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="font-semibold text-stone-700">Người nhận</dt>
              <dd>{order.contact.name}</dd>
              <dt className="font-semibold text-stone-700">Điện thoại</dt>
              <dd>{order.contact.phone}</dd>
              <dt className="font-semibold text-stone-700">Email</dt>
              <dd className="break-all">{order.contact.email}</dd>
              <dt className="font-semibold text-stone-700">Địa chỉ</dt>
              <dd>{order.shippingAddress.formatted}</dd>
              <dt className="font-semibold text-stone-700">Thanh toán</dt>
              <dd>
                {PAYMENT_METHOD_LABELS[order.paymentMethod]}
                {order.codCollectedAt && (
                  <span className="block text-emerald-800">
                    Đã thanh toán lúc {formatDateTime(order.codCollectedAt)}.
                  </span>
                )}
                {order.status === 'pending_payment' && order.paymentExpiresAt && (
                  <span className="block text-amber-800">
                    Vui lòng thanh toán trước {formatDateTime(order.paymentExpiresAt)}.
                  </span>
                )}
              </dd>
              {order.refundedTotal > 0 && (
                <>
                  <dt className="font-semibold text-stone-700">Đã hoàn tiền</dt>
                  <dd className="tabular-nums">{formatVnd(order.refundedTotal)}</dd>
                </>
              )}
              {order.note && (
                <>
                  <dt className="font-semibold text-stone-700">Ghi chú</dt>
                  <dd className="whitespace-pre-line">{order.note}</dd>
                </>
              )}
            </dl>
          </section>

          {order.invoice && (
            <section aria-labelledby="order-invoice" className="rounded-lg border border-stone-200 p-4">
              <h2 id="order-invoice" className="text-lg font-bold">
                Hóa đơn VAT
              </h2>
              <dl className="mt-2 grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold text-stone-700">Công ty</dt>
                <dd>{order.invoice.companyName}</dd>
                <dt className="font-semibold text-stone-700">Mã số thuế</dt>
                <dd>{order.invoice.taxCode}</dd>
                <dt className="font-semibold text-stone-700">Địa chỉ</dt>
                <dd>{order.invoice.address}</dd>
              </dl>
            </section>
          )}
        </div>

        <section
          aria-labelledby="order-timeline"
          className="order-first rounded-lg border border-stone-200 p-4 lg:sticky lg:top-4 lg:order-none"
        >
          <h2 id="order-timeline" className="mb-3 text-lg font-bold">
            Tình trạng đơn hàng
          </h2>
          <OrderTimeline order={order} />
        </section>
      </div>

      <p className="text-sm text-stone-700">
        Cần hỗ trợ về đơn hàng? Gọi hotline <HotlineLink /> và đọc mã đơn hàng {order.number}.
      </p>
    </>
  );
}
