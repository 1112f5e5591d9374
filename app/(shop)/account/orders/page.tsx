import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderSummaryList } from '@/components/account/order-summary-list';
import { Pagination } from '@/components/pagination';
import { listAccountOrders } from '@/lib/account/orders';
import { requireUser } from '@/lib/auth/session';
import { getShopperReadDb } from '@/lib/db/read-your-writes';

// A shopper's own page: rendered per request, never prerendered at build (it reads the session and the database).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Đơn hàng của tôi', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageParam(v: string | string[] | undefined): number {
  const n = Number(Array.isArray(v) ? v[0] : v);
  return Number.isSafeInteger(n) && n >= 1 && n <= 10_000 ? n : 1;
}

export default async function AccountOrdersPage({ searchParams }: Props) {
  const user = await requireUser('/account/orders');
  const page = pageParam((await searchParams).trang);
  const orders = await listAccountOrders(await getShopperReadDb(), user, page, 10);

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">Đơn hàng của tôi</h1>
      {!user.emailVerified && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
          Các đơn bạn đặt bằng email {user.email} khi chưa đăng nhập sẽ hiện ở đây sau khi bạn{' '}
          <Link href="/account/profile" className="font-semibold underline">
            xác minh email
          </Link>
          .
        </p>
      )}
      {orders.items.length === 0 ? (
        <p className="rounded-lg border border-stone-200 p-4 text-stone-700">
          {page > 1 ? 'Không có đơn hàng nào ở trang này.' : 'Bạn chưa có đơn hàng nào.'}{' '}
          <Link href="/" className="font-semibold text-brand-700 underline">
            Tiếp tục mua sắm
          </Link>
        </p>
      ) : (
        <>
          <p className="text-sm text-stone-600">{orders.total} đơn hàng</p>
          <OrderSummaryList orders={orders.items} />
          <Pagination
            page={orders.page}
            totalPages={orders.totalPages}
            hrefFor={(p) => (p === 1 ? '/account/orders' : `/account/orders?trang=${p}`)}
          />
        </>
      )}
    </div>
  );
}
