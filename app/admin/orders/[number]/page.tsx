import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AdminTimeline } from '@/components/admin/orders/admin-timeline';
import { OrderActions } from '@/components/admin/orders/order-actions';
import { PaymentAttempts } from '@/components/admin/orders/payment-attempts';
import { StatusBadge } from '@/components/admin/orders/status-badge';
import { formatDateTime } from '@/components/format-date';
import { PAYMENT_METHOD_LABELS } from '@/components/payment-method-labels';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';
import { type AdminOrderDetail, getAdminOrderDetail } from '@/lib/orders/admin-detail';
import { orderNumberSchema } from '@/lib/orders/api-schemas';

type Props = { params: Promise<{ number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { number } = await params;
  return { title: `Đơn ${number}` };
}

const card = 'rounded-lg border border-stone-200 bg-white p-4';

function paymentLine(detail: AdminOrderDetail): string {
  const { order, paid, facts } = detail;
  if (order.paymentMethod === 'cod') {
    return order.codCollectedAt
      ? `Đã thu tiền mặt lúc ${formatDateTime(order.codCollectedAt.toISOString())}`
      : 'Chưa thu tiền (thu khi giao hàng)';
  }
  if (paid > 0) return 'Đã thanh toán trực tuyến';
  return facts.status === 'pending_payment' ? 'Đang chờ thanh toán' : 'Chưa thanh toán';
}

// One order for staff: lines and totals, contact and address, invoice details, payment attempts with the
// gateways' raw messages, refunds, the timeline, and the actions its state allows.
export default async function AdminOrderPage({ params }: Props) {
  const { number } = await params;
  await requirePermission('admin:access', `/admin/orders/${encodeURIComponent(number)}`);
  if (!orderNumberSchema.safeParse(number).success) notFound();
  const detail = await getAdminOrderDetail(await getDb(), number);
  if (!detail) notFound();
  const { order, items } = detail;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/orders" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Đơn hàng
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">Đơn hàng {order.number}</h1>
        <StatusBadge status={order.status} />
      </div>
      <p className="text-sm text-stone-700">
        Đặt lúc {formatDateTime(order.createdAt.toISOString())} · {PAYMENT_METHOD_LABELS[order.paymentMethod]} ·{' '}
        <span data-testid="payment-state">{paymentLine(detail)}</span>
        {detail.facts.refunded > 0 && <> · Đã hoàn {formatVnd(detail.facts.refunded)}</>}
      </p>

      <div className="grid gap-6 lg:grid-cols-[3fr_2fr] lg:items-start">
        <div className="space-y-6">
          <section aria-labelledby="san-pham" className={card}>
            <h2 id="san-pham" className="mb-2 text-lg font-bold">
              Sản phẩm ({order.itemCount})
            </h2>
            <ul className="divide-y divide-stone-200">
              {items.map((i) => (
                <li key={i.id} className="flex justify-between gap-3 py-2 text-sm">
                  <div className="min-w-0">
                    <p className="font-medium">{i.productName}</p>
                    {i.variantLabel && <p className="text-stone-700">{i.variantLabel}</p>}
                    <p className="text-stone-600">
                      <Link href={`/admin/stock/${i.variantId}`} className="font-mono underline">
                        {i.sku}
                      </Link>{' '}
                      · {i.quantity} × {formatVnd(i.unitPrice)}
                    </p>
                  </div>
                  <p className="shrink-0 font-semibold tabular-nums">{formatVnd(i.lineTotal)}</p>
                </li>
              ))}
            </ul>
            <dl className="mt-2 space-y-1 border-t border-stone-200 pt-2 text-sm">
              <div className="flex justify-between">
                <dt>Tạm tính</dt>
                <dd className="tabular-nums">{formatVnd(order.subtotal)}</dd>
              </div>
              <div className="flex justify-between">
                <dt>Phí vận chuyển</dt>
                <dd className="tabular-nums">{order.shippingFee === 0 ? 'Miễn phí' : formatVnd(order.shippingFee)}</dd>
              </div>
              {order.discount > 0 && (
                <div className="flex justify-between">
                  <dt>Giảm giá</dt>
                  <dd className="tabular-nums">−{formatVnd(order.discount)}</dd>
                </div>
              )}
              <div className="flex justify-between border-t border-stone-200 pt-1 text-base font-bold">
                <dt>Tổng cộng</dt>
                <dd className="tabular-nums">{formatVnd(order.total)}</dd>
              </div>
            </dl>
          </section>

          <section aria-labelledby="khach-hang" className={card}>
            <h2 id="khach-hang" className="mb-2 text-lg font-bold">
              Khách hàng và giao hàng
            </h2>
            <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
              <dt className="font-semibold text-stone-700">Người nhận</dt>
              <dd>{order.contactName}</dd>
              <dt className="font-semibold text-stone-700">Điện thoại</dt>
              <dd>
                <a href={`tel:${order.contactPhone}`} className="underline">
                  {order.contactPhone}
                </a>
              </dd>
              <dt className="font-semibold text-stone-700">Email</dt>
              <dd className="break-all">{order.contactEmail}</dd>
              <dt className="font-semibold text-stone-700">Địa chỉ</dt>
              <dd>
                {order.street}, {order.wardName}, {order.provinceName}
              </dd>
              {order.note && (
                <>
                  <dt className="font-semibold text-stone-700">Ghi chú của khách</dt>
                  <dd className="whitespace-pre-line">{order.note}</dd>
                </>
              )}
              {order.shippingCarrier && (
                <>
                  <dt className="font-semibold text-stone-700">Đơn vị vận chuyển</dt>
                  <dd>{order.shippingCarrier}</dd>
                  <dt className="font-semibold text-stone-700">Mã vận đơn</dt>
                  <dd className="font-mono" data-testid="tracking-number">
                    {order.trackingNumber}
                  </dd>
                </>
              )}
            </dl>
          </section>

          {order.invoice && (
            <section aria-labelledby="hoa-don" className={card}>
              <h2 id="hoa-don" className="mb-2 text-lg font-bold">
                Xuất hóa đơn VAT
              </h2>
              <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                <dt className="font-semibold text-stone-700">Công ty</dt>
                <dd>{order.invoice.companyName}</dd>
                <dt className="font-semibold text-stone-700">Mã số thuế</dt>
                <dd className="font-mono">{order.invoice.taxCode}</dd>
                <dt className="font-semibold text-stone-700">Địa chỉ</dt>
                <dd>{order.invoice.address}</dd>
              </dl>
            </section>
          )}

          <section aria-labelledby="thanh-toan" className={card}>
            <h2 id="thanh-toan" className="mb-2 text-lg font-bold">
              Giao dịch thanh toán
            </h2>
            <PaymentAttempts attempts={detail.attempts} />
          </section>

          <section aria-labelledby="hoan-tien" className={card}>
            <h2 id="hoan-tien" className="mb-2 text-lg font-bold">
              Hoàn tiền
            </h2>
            {detail.refunds.length === 0 ? (
              <p className="text-sm text-stone-700">Chưa có khoản hoàn tiền nào.</p>
            ) : (
              <ul className="divide-y divide-stone-200 text-sm">
                {detail.refunds.map((r) => (
                  <li key={r.id} className="py-2">
                    <p className="font-semibold tabular-nums">{formatVnd(r.amount)}</p>
                    <p>{r.reason}</p>
                    <p className="text-stone-600">
                      {formatDateTime(r.createdAt.toISOString())} · {r.actor}
                      {r.reference && <> · mã giao dịch {r.reference}</>}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </section>
        </div>

        {/* On a phone the actions come first: they are what staff open the order for. */}
        <div className="order-first space-y-6 lg:sticky lg:top-4 lg:order-none">
          <section aria-labelledby="thao-tac" className={card}>
            <h2 id="thao-tac" className="mb-3 text-lg font-bold">
              Thao tác
            </h2>
            <OrderActions
              number={order.number}
              status={order.status}
              allowed={detail.allowed}
              refundable={detail.refundable}
              refunded={detail.facts.refunded}
              total={order.total}
              isCod={order.paymentMethod === 'cod'}
            />
          </section>
          <section aria-labelledby="dien-bien" className={card}>
            <h2 id="dien-bien" className="mb-3 text-lg font-bold">
              Diễn biến đơn hàng
            </h2>
            <AdminTimeline detail={detail} />
          </section>
        </div>
      </div>
    </div>
  );
}
