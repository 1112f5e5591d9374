import type { Metadata } from 'next';
import Link from 'next/link';
import { StockAdjustForm } from '@/components/admin/stock/stock-adjust-form';
import { optionsLabel } from '@/components/admin/stock/variant-label';
import { VariantSummary } from '@/components/admin/stock/variant-summary';
import { Pagination } from '@/components/pagination';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { getStockVariant, searchStockVariants } from '@/lib/inventory/admin-queries';
import { firstParam, pageParam, positiveIntParam, type SearchParams } from '@/lib/admin/search-params';

export const metadata: Metadata = { title: 'Tồn kho' };

const PAGE_SIZE = 30;

type Props = { searchParams: Promise<SearchParams> };

function stockHref(params: { q?: string; page?: number; variant?: number }): string {
  const query = new URLSearchParams();
  if (params.q) query.set('q', params.q);
  if (params.page && params.page > 1) query.set('page', String(params.page));
  if (params.variant) query.set('variant', String(params.variant));
  const qs = query.toString();
  return qs ? `/admin/stock?${qs}` : '/admin/stock';
}

// Find a variant by product name or SKU and adjust its stock; `?variant=<id>` (the dashboard's low-stock
// links) opens the adjustment form for that variant at the top.
export default async function AdminStockPage({ searchParams }: Props) {
  await requirePermission('admin:access', '/admin/stock');
  const query = await searchParams;
  const q = (firstParam(query.q) ?? '').trim().slice(0, 100);
  const page = pageParam(query.page);
  const selectedId = positiveIntParam(query.variant);
  const db = await getDb();
  const [selected, { rows, total }] = await Promise.all([
    selectedId ? getStockVariant(db, selectedId) : null,
    searchStockVariants(db, { q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
  ]);
  const totalPages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Tồn kho</h1>

      {selectedId && !selected && (
        <p role="alert" className="rounded-md border border-brand-200 bg-brand-50 p-3 text-brand-800">
          Không tìm thấy mẫu sản phẩm #{selectedId}.
        </p>
      )}
      {selected && (
        <section
          aria-labelledby="dieu-chinh"
          className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
          data-testid="stock-adjust-panel"
        >
          <h2 id="dieu-chinh" className="sr-only">
            Điều chỉnh tồn kho
          </h2>
          <VariantSummary variant={selected} />
          <StockAdjustForm key={selected.variantId} variantId={selected.variantId} stock={selected.stock} />
          <p>
            <Link
              href={`/admin/stock/${selected.variantId}`}
              className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
            >
              Xem sổ kho của mẫu này
            </Link>
          </p>
        </section>
      )}

      <form
        aria-label="Tìm mẫu sản phẩm"
        action="/admin/stock"
        className="flex flex-col gap-2 sm:flex-row sm:items-end"
      >
        <div className="flex-1">
          <label htmlFor="stock-q" className="mb-1 block text-sm font-semibold">
            Tìm theo tên sản phẩm hoặc SKU
          </label>
          <input
            id="stock-q"
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            className="min-h-11 w-full rounded-md border border-stone-300 bg-white px-3"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white">
          Tìm
        </button>
      </form>

      <p className="text-sm text-stone-700" aria-live="polite">
        {total === 0 ? 'Không có mẫu sản phẩm nào phù hợp.' : `${total} mẫu sản phẩm`}
      </p>
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {rows.map((v) => {
          const options = optionsLabel(v.options);
          return (
            <li key={v.variantId} className="flex flex-wrap items-center gap-x-4 gap-y-1 p-3">
              <div className="min-w-0 flex-1">
                <p className="font-medium">
                  {v.productName}
                  {options && <span className="font-normal text-stone-700"> · {options}</span>}
                </p>
                <p className="text-xs text-stone-600">
                  <span className="font-mono">{v.sku}</span>
                  {!v.active && ' · Ngừng bán'}
                  {!v.published && ' · Chưa hiển thị'}
                </p>
              </div>
              <p className={`w-16 text-right tabular-nums ${v.stock === 0 ? 'font-bold text-brand-800' : ''}`}>
                <span className="sr-only">Tồn kho: </span>
                {v.stock}
              </p>
              <div className="flex gap-2">
                <Link
                  href={stockHref({ q, page, variant: v.variantId })}
                  aria-label={`Điều chỉnh tồn kho ${v.sku}`}
                  className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-3 text-sm font-medium hover:border-brand-600"
                >
                  Điều chỉnh
                </Link>
                <Link
                  href={`/admin/stock/${v.variantId}`}
                  aria-label={`Sổ kho ${v.sku}`}
                  className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-3 text-sm font-medium hover:border-brand-600"
                >
                  Sổ kho
                </Link>
              </div>
            </li>
          );
        })}
      </ul>
      <Pagination page={page} totalPages={totalPages} hrefFor={(p) => stockHref({ q, page: p })} />
    </div>
  );
}
