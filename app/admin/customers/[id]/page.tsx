import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OrderSummaryList } from '@/components/account/order-summary-list';
import { formatDateTime } from '@/components/format-date';
import { Pagination } from '@/components/pagination';
import { recordIdField } from '@/lib/account/schemas';
import { getCustomerDetail, listCustomerOrders } from '@/lib/admin/customers';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';

export const metadata: Metadata = { title: 'Khách hàng' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AdminCustomerPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requirePermission('admin:access', `/admin/customers/${encodeURIComponent(id)}`);
  const parsed = recordIdField.safeParse(id);
  const db = await getDb();
  const customer = parsed.success ? await getCustomerDetail(db, parsed.data) : null;
  if (!customer) notFound();
  const pageNumber = Number(Array.isArray(query.trang) ? query.trang[0] : query.trang);
  const page = Number.isSafeInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100_000 ? pageNumber : 1;
  const orders = await listCustomerOrders(db, customer, page);

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/customers" className="inline-flex min-h-11 items-center text-sm underline">
          ← Khách hàng
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold">{customer.name || customer.email}</h1>
        {customer.role !== 'customer' && (
          <p className="mt-1 text-sm font-semibold text-stone-700">
            Tài khoản {ROLE_LABELS[customer.role].toLowerCase()}
          </p>
        )}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <section aria-labelledby="thong-tin" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="thong-tin" className="mb-2 font-semibold">
            Thông tin
          </h2>
          <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1 text-sm">
            <dt className="text-stone-600">Email</dt>
            <dd className="break-all">
              {customer.email} {customer.emailVerified ? '(đã xác minh)' : '(chưa xác minh)'}
            </dd>
            <dt className="text-stone-600">Điện thoại</dt>
            <dd>{customer.phone ?? '—'}</dd>
            <dt className="text-stone-600">Ngày đăng ký</dt>
            <dd>{formatDateTime(customer.createdAt)}</dd>
            <dt className="text-stone-600">Đăng nhập gần nhất</dt>
            <dd>{customer.lastSignInAt ? formatDateTime(customer.lastSignInAt) : '—'}</dd>
            <dt className="text-stone-600">Trạng thái</dt>
            <dd>{customer.disabled ? 'Đã khóa' : 'Đang hoạt động'}</dd>
            <dt className="text-stone-600">Số đơn hàng</dt>
            <dd className="tabular-nums">{customer.orderCount}</dd>
            <dt className="text-stone-600">Đã chi</dt>
            <dd className="font-semibold tabular-nums">{formatVnd(customer.totalSpent)}</dd>
          </dl>
        </section>
        <section aria-labelledby="so-dia-chi" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="so-dia-chi" className="mb-2 font-semibold">
            Sổ địa chỉ
          </h2>
          {customer.addresses.length === 0 ? (
            <p className="text-sm text-stone-600">Chưa lưu địa chỉ nào.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {customer.addresses.map((a) => (
                <li key={a.id}>
                  <span className="font-semibold">
                    {a.name} · {a.phone}
                  </span>
                  {a.isDefault && <span className="text-stone-600"> (mặc định)</span>}
                  <span className="block text-stone-700">{a.formatted}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="don-cua-khach" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="don-cua-khach" className="font-semibold">
          Đơn hàng ({orders.total})
        </h2>
        {!customer.emailVerified && (
          <p className="mt-1 text-xs text-stone-600">
            Email chưa xác minh: chỉ gồm các đơn đặt khi đã đăng nhập, không gồm đơn khách vãng lai cùng email.
          </p>
        )}
        {orders.items.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">Chưa có đơn hàng nào.</p>
        ) : (
          <OrderSummaryList orders={orders.items} linkBase="/admin/orders" />
        )}
        <Pagination
          page={orders.page}
          totalPages={orders.totalPages}
          hrefFor={(p) => (p === 1 ? `/admin/customers/${customer.id}` : `/admin/customers/${customer.id}?trang=${p}`)}
        />
      </section>
    </div>
  );
}
