import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CartRefresh } from '@/components/cart/cart-sync';
import { formatDateTime } from '@/components/format-date';
import { ContinuePaymentForm } from '@/components/orders/continue-payment-form';
import { OrderTimeline } from '@/components/orders/order-timeline';
import { PAYMENT_METHOD_LABELS } from '@/components/payment-method-labels';
import { ProductImage } from '@/components/product-image';
import { cloudinaryCloudName } from '@/components/seo';
import { SHOP } from '@/components/shop-info';
import { availablePaymentMethods } from '@/lib/checkout/payment-methods';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';
import { verifyOrderAccessToken } from '@/lib/orders/access-token';
import { getOrderView } from '@/lib/orders/queries';
import { awaitsPayment } from '@/lib/payments/continue-payment';

// A guest's order, opened with the secret link from checkout, the e-mail or the lookup page. Without the right
// token the order does not exist, whatever the number: no way to tell real numbers from made-up ones.

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Đơn hàng của bạn',
  robots: { index: false, follow: false },
};

type Props = {
  params: Promise<{ number: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function OrderPage({ params, searchParams }: Props) {
  const [{ number }, query] = await Promise.all([params, searchParams]);
  const token = first(query.token);
  if (!token || !verifyOrderAccessToken(number, token)) notFound();
  const order = await getOrderView(await getDb(), number);
  if (!order) notFound();

  const justPlaced = first(query.moi) === '1';
  const pricesChanged = first(query['gia-moi']) === '1';
  const switchedToCod = first(query['da-chuyen-cod']) === '1' && order.paymentMethod === 'cod';
  const cloudName = cloudinaryCloudName();

  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-6">
      {justPlaced && (
        <>
          <CartRefresh />
          <div role="status" className="rounded-lg border border-green-200 bg-green-50 p-4 text-green-900">
            <p className="text-lg font-bold">Đặt hàng thành công! Mã đơn hàng {order.number}</p>
            <p className="mt-1">
              Cảm ơn bạn đã mua hàng tại Audio Tài Lộc. Chúng tôi sẽ gửi xác nhận đơn hàng tới {order.contact.email} và
              gọi số {order.contact.phone} trước khi giao.
            </p>
          </div>
        </>
      )}
      {switchedToCod && (
        <p role="status" className="rounded-lg border border-green-200 bg-green-50 p-4 font-medium text-green-900">
          Đơn hàng đã chuyển sang thanh toán khi nhận hàng. Bạn trả tiền mặt cho nhân viên giao hàng khi nhận hàng.
        </p>
      )}
      {pricesChanged && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 font-medium text-amber-900">
          Giá của một số sản phẩm đã thay đổi so với lúc bạn thêm vào giỏ; đơn hàng dùng giá mới.
        </p>
      )}

      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">Đơn hàng {order.number}</h1>
        <p className="mt-1 text-stone-700">
          Đặt lúc <time dateTime={order.createdAt}>{formatDateTime(order.createdAt)}</time>
        </p>
        <p className="mt-3">
          Trạng thái:{' '}
          <strong className="rounded-full bg-brand-50 px-3 py-1 font-semibold text-brand-800">
            {order.statusLabel}
          </strong>
        </p>
        {order.shipment && (
          <p className="mt-3 rounded-lg border border-stone-200 bg-stone-50 p-3">
            Đơn vị vận chuyển: <strong>{order.shipment.carrier}</strong>
            <span className="block sm:inline">
              <span className="hidden sm:inline"> · </span>
              Mã vận đơn:{' '}
              <strong className="font-mono" data-testid="tracking-number">
                {order.shipment.trackingNumber}
              </strong>
            </span>
          </p>
        )}
      </div>

      {awaitsPayment(order) && (
        <ContinuePaymentForm
          orderNumber={order.number}
          token={token}
          methods={availablePaymentMethods()}
          current={order.paymentMethod}
        />
      )}

      <p className="rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm text-stone-800">
        <strong>Hãy lưu lại trang này</strong> (đánh dấu trang hoặc sao chép địa chỉ) để theo dõi đơn hàng: chỉ người có
        đường dẫn này mới xem được đơn. Nếu mất đường dẫn, bạn có thể{' '}
        <Link href="/tra-cuu-don-hang" className="font-semibold text-brand-700 underline">
          tra cứu đơn hàng
        </Link>{' '}
        bằng mã đơn hàng và số điện thoại.
      </p>

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
        Cần hỗ trợ về đơn hàng? Gọi hotline{' '}
        <a
          href={`tel:${SHOP.hotlineTel}`}
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          {SHOP.hotline}
        </a>{' '}
        và đọc mã đơn hàng {order.number}.
      </p>
    </div>
  );
}
