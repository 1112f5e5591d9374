import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Facets, ListingResult } from '@/lib/catalog/dto';
import { type ListingQuery, MAX_PAGE, SORT_LABELS, type Sort } from '@/lib/catalog/listing-query';
import { type Crumb, Breadcrumbs } from './breadcrumbs';
import { ListingFilters } from './listing-filters';
import { listingHref } from './listing-url';
import { Pagination } from './pagination';
import { ProductGrid } from './product-grid';
import { SortSelect } from './sort-select';

// Shared by the category and brand pages: heading, result count, filters, grid and pagination.

export const LISTING_DEFAULT_SORT: Sort = 'newest';
const LISTING_SORTS: Sort[] = ['newest', 'best-selling', 'price-asc', 'price-desc'];
const FORM_ID = 'listing-filters';

type Props = {
  breadcrumbs: Crumb[];
  heading: string;
  intro?: string;
  /** Extra navigation under the heading, e.g. sub-category chips. */
  children?: ReactNode;
  /** Public path of this listing (no query). */
  basePath: string;
  /** The query as it appears in the public URL (without the category or brand that the path fixes). */
  query: ListingQuery;
  result: ListingResult;
  facets: Facets;
  showBrandFilter: boolean;
};

export function ListingView({
  breadcrumbs,
  heading,
  intro,
  children,
  basePath,
  query,
  result,
  facets,
  showBrandFilter,
}: Props) {
  const totalPages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / result.limit)));
  const stateKey = listingHref(basePath, query, LISTING_DEFAULT_SORT);
  // Without a search term "relevance" sorts like "newest"; show it as such.
  const sort = query.sort === 'relevance' ? LISTING_DEFAULT_SORT : query.sort;
  const filtered =
    Boolean(query.brand?.length) ||
    query.minPrice !== undefined ||
    query.maxPrice !== undefined ||
    Boolean(query.inStock) ||
    Object.keys(query.specs).length > 0;

  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-4">
      <Breadcrumbs items={breadcrumbs} />
      <header className="mt-2 mb-4">
        <h1 className="text-2xl font-bold sm:text-3xl">{heading}</h1>
        {intro && <p className="mt-2 max-w-3xl text-stone-700">{intro}</p>}
        {children}
      </header>

      <div className="flex flex-col gap-6 lg:flex-row">
        <aside className="lg:w-64 lg:shrink-0" aria-label="Lọc sản phẩm">
          <ListingFilters
            formId={FORM_ID}
            action={basePath}
            query={query}
            facets={facets}
            defaultSort={LISTING_DEFAULT_SORT}
            showBrands={showBrandFilter}
            stateKey={stateKey}
          />
        </aside>

        <section className="min-w-0 flex-1" aria-labelledby="listing-count">
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <p id="listing-count" className="text-sm text-stone-700">
              {result.total > 0
                ? `${result.totalCapped ? 'Hơn ' : ''}${result.total.toLocaleString('vi-VN')} sản phẩm`
                : 'Không có sản phẩm'}
              {totalPages > 1 ? ` · Trang ${result.page}/${totalPages}` : ''}
            </p>
            <SortSelect
              key={stateKey}
              formId={FORM_ID}
              value={sort}
              options={LISTING_SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
            />
          </div>

          {result.items.length > 0 ? (
            <ProductGrid products={result.items} headingLevel="h2" prioritizeFirst />
          ) : (
            <div className="rounded-lg border border-dashed border-stone-300 p-8 text-center">
              <p className="font-medium">
                {filtered ? 'Không có sản phẩm nào phù hợp với bộ lọc đã chọn.' : 'Chưa có sản phẩm trong mục này.'}
              </p>
              {filtered && (
                <Link
                  href={basePath}
                  className="mt-3 inline-flex min-h-11 items-center font-medium text-brand-700 underline"
                >
                  Xóa bộ lọc và xem tất cả
                </Link>
              )}
            </div>
          )}

          <Pagination
            page={result.page}
            totalPages={totalPages}
            hrefFor={(page) => listingHref(basePath, { ...query, page }, LISTING_DEFAULT_SORT)}
          />
        </section>
      </div>
    </div>
  );
}
