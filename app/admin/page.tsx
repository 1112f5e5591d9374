import type { Metadata } from 'next';
import Link from 'next/link';
import { RevenueChart } from '@/components/admin/revenue-chart';
import { getDailyRevenue, getOrdersByStatus, getPeriodFigures, listLowStockVariants } from '@/lib/admin/dashboard';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';
import { ORDER_STATUS_LABELS } from '@/lib/orders/state-machine';

export const metadata: Metadata = { title: 'Tổng quan' };

const PERIOD_LABELS = { 1: 'Hôm nay', 7: '7 ngày', 30: '30 ngày' } as const;

export default async function AdminDashboardPage() {
  await requirePermission('admin:access', '/admin');
  const db = await getDb();
  const [periods, daily, byStatus, lowStock] = await Promise.all([
    getPeriodFigures(db),
    getDailyRevenue(db),
    getOrdersByStatus(db),
    listLowStockVariants(db),
  ]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-bold">Tổng quan</h1>
      <section aria-labelledby="doanh-thu" className="grid gap-4 sm:grid-cols-3">
        <h2 id="doanh-thu" className="sr-only">
          Doanh thu
        </h2>
        {periods.map((p) => (
          <div key={p.days} className="rounded-lg border border-stone-200 bg-white p-4">
            <p className="text-sm text-stone-600">{PERIOD_LABELS[p.days]}</p>
            <p className="mt-1 text-2xl font-bold" data-testid={`revenue-${p.days}`}>
              {formatVnd(p.revenue)}
            </p>
            <p className="text-sm text-stone-700">{p.orders} đơn hàng</p>
          </div>
        ))}
      </section>
      <section aria-labelledby="bieu-do" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="bieu-do" className="mb-2 font-semibold">
          Doanh thu theo ngày (30 ngày)
        </h2>
        <RevenueChart days={daily} />
      </section>
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="theo-trang-thai" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="theo-trang-thai" className="mb-2 font-semibold">
            Đơn hàng theo trạng thái
          </h2>
          <table className="w-full text-sm">
            <tbody>
              {byStatus.map((s) => (
                <tr key={s.status} className="border-t border-stone-100">
                  <td className="py-2">
                    <Link href={`/admin/orders?status=${s.status}`} className="underline">
                      {ORDER_STATUS_LABELS[s.status]}
                    </Link>
                  </td>
                  <td className="py-2 text-right tabular-nums">{s.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-labelledby="sap-het" className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 id="sap-het" className="mb-2 font-semibold">
            Sắp hết hàng (≤ 5)
          </h2>
          {lowStock.length === 0 ? (
            <p className="text-sm text-stone-600">Không có mẫu nào sắp hết hàng.</p>
          ) : (
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left text-stone-600">
                  <th className="py-1 font-medium">Sản phẩm</th>
                  <th className="py-1 font-medium">SKU</th>
                  <th className="py-1 text-right font-medium">Tồn</th>
                </tr>
              </thead>
              <tbody>
                {lowStock.map((v) => (
                  <tr key={v.variantId} className="border-t border-stone-100">
                    <td className="py-2">
                      <Link href={`/admin/stock?variant=${v.variantId}`} className="underline">
                        {v.productName}
                      </Link>
                      {Object.values(v.options).length > 0 && (
                        <span className="text-stone-600"> · {Object.values(v.options).join(', ')}</span>
                      )}
                    </td>
                    <td className="py-2 font-mono text-xs">{v.sku}</td>
                    <td className={`py-2 text-right tabular-nums ${v.stock === 0 ? 'font-bold text-brand-800' : ''}`}>
                      {v.stock}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      </div>
    </div>
  );
}
