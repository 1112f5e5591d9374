import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CartRefresh } from '@/components/cart/cart-sync';
import { formatDateTime } from '@/components/format-date';
import { ContinuePaymentForm } from '@/components/orders/continue-payment-form';
import { OrderDetails } from '@/components/orders/order-details';
import { OrderDataRights } from '@/components/privacy/order-data-rights';
import { cloudinaryCloudName } from '@/components/seo';
import { availablePaymentMethods } from '@/lib/checkout/payment-methods';
import { getShopperReadDb } from '@/lib/db/read-your-writes';
import { verifyOrderAccessToken } from '@/lib/orders/access-token';
import { getOrderIdByNumber, getOrderView } from '@/lib/orders/queries';
import { awaitsPayment } from '@/lib/payments/continue-payment';
import { getOpenErasure } from '@/lib/privacy/requests';
import { cancelOrderErasureAction, requestOrderErasureAction } from './privacy-actions';

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
  const db = await getShopperReadDb();
  const [order, orderId] = await Promise.all([getOrderView(db, number), getOrderIdByNumber(db, number)]);
  if (!order || !orderId) notFound();
  const erasure = await getOpenErasure(db, { orderId });

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

      <OrderDetails order={order} cloudName={cloudName} />
      <OrderDataRights
        number={order.number}
        token={token}
        erasure={erasure}
        requestAction={requestOrderErasureAction}
        cancelAction={cancelOrderErasureAction}
      />
    </div>
  );
}
