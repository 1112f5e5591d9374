import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/orders/status-badge';
import { formatDateTime } from '@/components/format-date';
import { PAYMENT_METHOD_LABELS } from '@/components/payment-method-labels';
import { Pagination } from '@/components/pagination';
import { ORDER_STATUSES, PAYMENT_METHODS } from '@/db/schema';
import { pageParam, type SearchParams } from '@/lib/admin/search-params';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';
import { orderFilterQuery, parseOrderFilter, toUrlSearchParams } from '@/lib/orders/admin-filter';
import { listAdminOrders } from '@/lib/orders/admin-list';
import { ORDER_STATUS_LABELS } from '@/lib/orders/state-machine';

export const metadata: Metadata = { title: 'Đơn hàng' };

const PAGE_SIZE = 25;

type Props = { searchParams: Promise<SearchParams> };

const inputClass = (error?: string) =>
  `min-h-11 w-full rounded-md border bg-white px-3 ${error ? 'border-brand-700' : 'border-stone-300'}`;

function FilterError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand-800">
      {error}
    </p>
  ) : null;
}

// Orders, newest first, filtered by status, payment method, Vietnamese calendar days and a search over the
// order number, phone and e-mail; the same filters export as CSV.
export default async function AdminOrdersPage({ searchParams }: Props) {
  await requirePermission('admin:access', '/admin/orders');
  const query = toUrlSearchParams(await searchParams);
  const { filter, errors } = parseOrderFilter(query);
  const page = pageParam(query.get('page') ?? undefined);
  const { rows, total } = await listAdminOrders(await getDb(), filter, {
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  });
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const filterQs = orderFilterQuery(filter);
  const raw = (key: string) => query.get(key) ?? '';
  const field = (key: string) => ({
    id: `of-${key}`,
    name: key,
    'aria-invalid': errors[key] ? true : undefined,
    'aria-describedby': errors[key] ? `of-${key}-error` : undefined,
  });

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Đơn hàng</h1>
        <a
          href={`/api/admin/orders/export${filterQs ? `?${filterQs}` : ''}`}
          className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-4 font-semibold hover:border-brand-600"
          download
        >
          Xuất CSV ({total} đơn)
        </a>
      </div>

      <form
        action="/admin/orders"
        aria-label="Lọc đơn hàng"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
      >
        <div className="sm:col-span-2">
          <label htmlFor="of-q" className="mb-1 block text-sm font-semibold">
            Mã đơn, số điện thoại hoặc email
          </label>
          <input
            {...field('q')}
            type="search"
            defaultValue={raw('q')}
            maxLength={100}
            className={inputClass(errors.q)}
          />
          <FilterError id="of-q" error={errors.q} />
        </div>
        <div>
          <label htmlFor="of-status" className="mb-1 block text-sm font-semibold">
            Trạng thái
          </label>
          <select {...field('status')} defaultValue={filter.status ?? ''} className={inputClass(errors.status)}>
            <option value="">Tất cả</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {ORDER_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
          <FilterError id="of-status" error={errors.status} />
        </div>
        <div>
          <label htmlFor="of-method" className="mb-1 block text-sm font-semibold">
            Thanh toán
          </label>
          <select {...field('method')} defaultValue={filter.method ?? ''} className={inputClass(errors.method)}>
            <option value="">Tất cả</option>
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {PAYMENT_METHOD_LABELS[m]}
              </option>
            ))}
          </select>
          <FilterError id="of-method" error={errors.method} />
        </div>
        <div>
          <label htmlFor="of-from" className="mb-1 block text-sm font-semibold">
            Từ ngày
          </label>
          <input {...field('from')} type="date" defaultValue={raw('from')} className={inputClass(errors.from)} />
          <FilterError id="of-from" error={errors.from} />
        </div>
        <div>
          <label htmlFor="of-to" className="mb-1 block text-sm font-semibold">
            Đến ngày
          </label>
          <input {...field('to')} type="date" defaultValue={raw('to')} className={inputClass(errors.to)} />
          <FilterError id="of-to" error={errors.to} />
        </div>
        <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-6">
          <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white">
            Lọc
          </button>
          <Link href="/admin/orders" className="inline-flex min-h-11 items-center px-2 underline">
            Xóa bộ lọc
          </Link>
        </div>
      </form>

      <p className="text-sm text-stone-700" aria-live="polite">
        {total === 0 ? 'Không có đơn hàng nào phù hợp.' : `${total} đơn hàng · ngày giờ theo giờ Việt Nam`}
      </p>
      {rows.length > 0 && (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {rows.map((o) => (
            <li key={o.id}>
              <Link
                href={`/admin/orders/${o.number}`}
                className="grid gap-1 p-3 hover:bg-stone-50 sm:grid-cols-[9rem_1fr_auto] sm:items-center sm:gap-4"
              >
                <span>
                  <span className="block font-mono font-semibold text-brand-700 underline">{o.number}</span>
                  <time dateTime={o.createdAt.toISOString()} className="text-xs text-stone-600">
                    {formatDateTime(o.createdAt.toISOString())}
                  </time>
                </span>
                <span className="min-w-0">
                  <span className="block font-medium">{o.contactName}</span>
                  <span className="block truncate text-sm text-stone-700">
                    {o.contactPhone} · {o.contactEmail}
                  </span>
                  <span className="block text-xs text-stone-600">{PAYMENT_METHOD_LABELS[o.paymentMethod]}</span>
                </span>
                <span className="flex items-center gap-3 sm:flex-col sm:items-end sm:gap-1">
                  <StatusBadge status={o.status} />
                  <span className="font-semibold tabular-nums">{formatVnd(o.total)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        totalPages={totalPages}
        hrefFor={(p) => {
          const qs = orderFilterQuery(filter, p > 1 ? { page: String(p) } : {});
          return qs ? `/admin/orders?${qs}` : '/admin/orders';
        }}
      />
    </div>
  );
}
