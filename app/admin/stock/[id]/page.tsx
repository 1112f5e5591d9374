import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StockAdjustForm } from '@/components/admin/stock/stock-adjust-form';
import { VariantSummary } from '@/components/admin/stock/variant-summary';
import { formatDateTime } from '@/components/format-date';
import { Pagination } from '@/components/pagination';
import { pageParam, positiveIntParam, type SearchParams } from '@/lib/admin/search-params';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { getStockVariant, listLedger } from '@/lib/inventory/admin-queries';
import { STOCK_REASON_LABELS } from '@/lib/inventory/labels';

export const metadata: Metadata = { title: 'Sổ kho' };

const PAGE_SIZE = 50;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// One variant's stock ledger (`id` is the variant id), newest first: every change with its reason, who made
// it and the stock after it; the adjustment form above it.
export default async function AdminStockLedgerPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requirePermission('admin:access', `/admin/stock/${encodeURIComponent(id)}`);
  const variantId = positiveIntParam(id);
  if (!variantId) notFound();
  const db = await getDb();
  const page = pageParam(query.page);
  const [variant, ledger] = await Promise.all([
    getStockVariant(db, variantId),
    listLedger(db, variantId, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  if (!variant) notFound();
  const totalPages = Math.max(1, Math.ceil(ledger.total / PAGE_SIZE));

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/stock" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Tồn kho
        </Link>
      </p>
      <VariantSummary variant={variant} headingLevel={1} />
      <section aria-labelledby="dieu-chinh" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="dieu-chinh" className="mb-3 text-lg font-bold">
          Điều chỉnh tồn kho
        </h2>
        <StockAdjustForm key={variant.variantId} variantId={variant.variantId} stock={variant.stock} />
      </section>
      <section aria-labelledby="so-kho" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="so-kho" className="mb-3 text-lg font-bold">
          Sổ kho ({ledger.total} dòng)
        </h2>
        {ledger.rows.length === 0 ? (
          <p className="text-sm text-stone-700">Chưa có thay đổi tồn kho nào.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-sm">
              <thead>
                <tr className="border-b border-stone-200 text-left text-stone-700">
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Thời gian
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Lý do
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Thay đổi
                  </th>
                  <th scope="col" className="py-2 pr-3 text-right font-medium">
                    Tồn sau
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Người thực hiện
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Ghi chú
                  </th>
                </tr>
              </thead>
              <tbody>
                {ledger.rows.map((row) => (
                  <tr key={row.id} className="border-b border-stone-100 align-top">
                    <td className="py-2 pr-3 whitespace-nowrap">
                      <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt.toISOString())}</time>
                    </td>
                    <td className="py-2 pr-3">
                      {STOCK_REASON_LABELS[row.reason]}
                      {row.orderNumber && (
                        <>
                          {' '}
                          <Link href={`/admin/orders/${row.orderNumber}`} className="underline">
                            {row.orderNumber}
                          </Link>
                        </>
                      )}
                    </td>
                    <td
                      className={`py-2 pr-3 text-right tabular-nums font-semibold ${row.delta < 0 ? 'text-brand-800' : 'text-emerald-800'}`}
                    >
                      {row.delta > 0 ? `+${row.delta}` : `−${Math.abs(row.delta)}`}
                    </td>
                    <td className="py-2 pr-3 text-right tabular-nums">{row.stockAfter}</td>
                    <td className="py-2 pr-3 break-all">{row.actor}</td>
                    <td className="py-2 whitespace-pre-line">{row.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination
          page={page}
          totalPages={totalPages}
          hrefFor={(p) => (p > 1 ? `/admin/stock/${variant.variantId}?page=${p}` : `/admin/stock/${variant.variantId}`)}
        />
      </section>
    </div>
  );
}
