import type { Metadata } from 'next';
import Link from 'next/link';
import { OrderSummaryList } from '@/components/account/order-summary-list';
import { ResendVerification } from '@/components/account/resend-verification';
import { getDefaultAddress } from '@/lib/account/addresses';
import { listAccountOrders } from '@/lib/account/orders';
import { requireUser } from '@/lib/auth/session';
import { getShopperReadDb } from '@/lib/db/read-your-writes';

// Per visitor (session cookie); also keeps the build from prerendering the shop layout without a database.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tài khoản của tôi', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const cardClass = 'rounded-lg border border-stone-200 p-4';
const linkClass = 'inline-flex min-h-11 items-center font-semibold text-brand-700 underline';

export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser('/account');
  const db = await getShopperReadDb();
  const [query, orders, address] = await Promise.all([
    searchParams,
    listAccountOrders(db, user, 1, 3),
    getDefaultAddress(db, user.id),
  ]);
  const welcome = query.moi === '1';

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-bold sm:text-3xl">Tài khoản của tôi</h1>
        <p className="mt-2 text-stone-700" data-testid="account-email">
          Xin chào {user.name || user.email} ({user.email})
        </p>
      </div>

      {welcome && (
        <p role="status" className="rounded-lg border border-green-200 bg-green-50 p-4 text-green-900">
          Tài khoản của bạn đã được tạo. Chúng tôi đã gửi email xác minh tới {user.email}.
        </p>
      )}

      {!user.emailVerified && (
        <section
          aria-labelledby="xac-minh"
          className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
        >
          <h2 id="xac-minh" className="font-bold">
            Email chưa được xác minh
          </h2>
          <p className="mt-1 text-sm">
            Hãy bấm liên kết trong email chúng tôi đã gửi. Sau khi xác minh, các đơn hàng bạn đã đặt bằng email này
            trước khi có tài khoản cũng sẽ hiện ở đây.
          </p>
          <ResendVerification />
        </section>
      )}

      <section aria-labelledby="don-gan-day" className={cardClass}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="don-gan-day" className="text-lg font-bold">
            Đơn hàng gần đây
          </h2>
          {orders.total > 0 && (
            <Link href="/account/orders" className={linkClass}>
              Xem tất cả ({orders.total})
            </Link>
          )}
        </div>
        {orders.items.length === 0 ? (
          <p className="mt-2 text-stone-700">
            Bạn chưa có đơn hàng nào.{' '}
            <Link href="/" className={linkClass}>
              Bắt đầu mua sắm
            </Link>
          </p>
        ) : (
          <OrderSummaryList orders={orders.items} />
        )}
      </section>

      <section aria-labelledby="dia-chi-mac-dinh" className={cardClass}>
        <h2 id="dia-chi-mac-dinh" className="text-lg font-bold">
          Địa chỉ giao hàng mặc định
        </h2>
        {address ? (
          <div className="mt-2 text-sm">
            <p className="font-semibold">
              {address.name} · {address.phone}
            </p>
            <p className="text-stone-700">{address.formatted}</p>
          </div>
        ) : (
          <p className="mt-2 text-sm text-stone-700">Chưa có địa chỉ nào. Lưu một địa chỉ để đặt hàng nhanh hơn.</p>
        )}
        <Link href="/account/addresses" className={linkClass}>
          Quản lý sổ địa chỉ
        </Link>
      </section>
    </div>
  );
}
