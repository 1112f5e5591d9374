import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ReorderButton } from '@/components/account/reorder-button';
import { formatDateTime } from '@/components/format-date';
import { OrderDetails } from '@/components/orders/order-details';
import { cloudinaryCloudName } from '@/components/seo';
import { getAccountOrder } from '@/lib/account/orders';
import { orderNumberField } from '@/lib/account/schemas';
import { requireUser } from '@/lib/auth/session';
import { getShopperReadDb } from '@/lib/db/read-your-writes';
import { orderAccessToken } from '@/lib/orders/access-token';

// A shopper's own page: rendered per request, never prerendered at build (it reads the session and the database).
export const dynamic = 'force-dynamic';

// One of the customer's own orders with its timeline. Anybody else's number, or a made-up one, is a 404:
// the page does not tell which numbers exist.

export const metadata: Metadata = { title: 'Chi tiết đơn hàng', robots: { index: false, follow: false } };

type Props = { params: Promise<{ number: string }> };

export default async function AccountOrderPage({ params }: Props) {
  const { number: raw } = await params;
  const user = await requireUser(`/account/orders/${encodeURIComponent(raw)}`);
  const number = orderNumberField.safeParse(raw);
  const order = number.success ? await getAccountOrder(await getShopperReadDb(), user, number.data) : null;
  if (!order) notFound();
  const cloudName = cloudinaryCloudName();
  // A payment left open can be resumed from the order's own page, which knows how.
  const guestLink = `/don-hang/${order.number}?token=${orderAccessToken(order.number)}`;

  return (
    <div className="space-y-6">
      <p>
        <Link
          href="/account/orders"
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          ← Đơn hàng của tôi
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
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
                Mã vận đơn: <strong className="font-mono">{order.shipment.trackingNumber}</strong>
              </span>
            </p>
          )}
        </div>
        <ReorderButton number={order.number} />
      </div>

      {order.status === 'pending_payment' && (
        <p className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950">
          Đơn hàng đang chờ thanh toán.{' '}
          <Link href={guestLink} className="font-semibold underline">
            Thanh toán đơn hàng
          </Link>
        </p>
      )}

      <OrderDetails order={order} cloudName={cloudName} />
    </div>
  );
}
