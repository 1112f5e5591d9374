import type { Metadata } from 'next';
import Link from 'next/link';
import { formatDateTime } from '@/components/format-date';
import { Pagination } from '@/components/pagination';
import { listCustomers } from '@/lib/admin/customers';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';

export const metadata: Metadata = { title: 'Khách hàng' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';

export default async function AdminCustomersPage({ searchParams }: Props) {
  await requirePermission('admin:access', '/admin/customers');
  const query = await searchParams;
  const q = one(query.q).slice(0, 100);
  const pageNumber = Number(one(query.trang));
  const page = Number.isSafeInteger(pageNumber) && pageNumber >= 1 && pageNumber <= 100_000 ? pageNumber : 1;
  const customers = await listCustomers(await getDb(), { q, page });
  const hrefFor = (p: number) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (p > 1) params.set('trang', String(p));
    const s = params.toString();
    return s ? `/admin/customers?${s}` : '/admin/customers';
  };

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Khách hàng</h1>
      <search>
        <form method="get" action="/admin/customers" className="flex flex-wrap items-end gap-2">
          <div className="min-w-0 flex-1 sm:max-w-md">
            <label htmlFor="customer-q" className="mb-1 block text-sm font-semibold">
              Tìm theo tên, email hoặc số điện thoại
            </label>
            <input
              id="customer-q"
              name="q"
              type="search"
              defaultValue={q}
              maxLength={100}
              className="min-h-11 w-full rounded-md border border-stone-300 bg-white px-3"
            />
          </div>
          <button
            type="submit"
            className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800"
          >
            Tìm
          </button>
          {q && (
            <Link href="/admin/customers" className="inline-flex min-h-11 items-center px-2 text-sm underline">
              Xóa tìm kiếm
            </Link>
          )}
        </form>
      </search>
      <p className="text-sm text-stone-600">
        {customers.total} khách hàng đã đăng ký{q ? ` khớp với "${q}"` : ''}. "Đã chi" tính các đơn đã đặt (COD) hoặc đã
        thanh toán trở đi, không tính đơn hủy, hết hạn hay chờ thanh toán.
      </p>
      {customers.items.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-4">Không có khách hàng nào.</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full min-w-[40rem] text-sm">
            <thead className="bg-stone-50 text-left text-stone-600">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Khách hàng
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Điện thoại
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Đơn hàng
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Đã chi
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Đơn gần nhất
                </th>
              </tr>
            </thead>
            <tbody>
              {customers.items.map((c) => (
                <tr key={c.id} className="border-t border-stone-100">
                  <td className="px-3 py-2">
                    <Link href={`/admin/customers/${c.id}`} className="font-semibold text-brand-700 underline">
                      {c.name || c.email}
                    </Link>
                    <span className="block break-all text-stone-600">
                      {c.email}
                      {!c.emailVerified && ' · chưa xác minh'}
                      {c.disabled && ' · đã khóa'}
                    </span>
                  </td>
                  <td className="px-3 py-2">{c.phone ?? '—'}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{c.orderCount}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{formatVnd(c.totalSpent)}</td>
                  <td className="px-3 py-2">{c.lastOrderAt ? formatDateTime(c.lastOrderAt) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={customers.page} totalPages={customers.totalPages} hrefFor={hrefFor} />
    </div>
  );
}
