import type { Metadata } from 'next';
import { OrderLookupForm } from '@/components/orders/order-lookup-form';
import { HotlineLink } from '@/components/legal/hotline-link';

// Dynamic only because the shop layout above reads the catalog, which the build has no database for.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Tra cứu đơn hàng',
  description: 'Xem tình trạng đơn hàng tại Audio Tài Lộc bằng mã đơn hàng và số điện thoại.',
  robots: { index: false, follow: true },
};

export default function OrderLookupPage() {
  return (
    <div className="mx-auto w-full max-w-lg px-4 py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">Tra cứu đơn hàng</h1>
      <p className="mt-2 text-stone-700">
        Nhập mã đơn hàng và số điện thoại bạn dùng khi đặt hàng để xem tình trạng đơn.
      </p>
      <OrderLookupForm />
      <p className="mt-8 text-sm text-stone-700">
        Cần hỗ trợ? Gọi hotline <HotlineLink />.
      </p>
    </div>
  );
}
