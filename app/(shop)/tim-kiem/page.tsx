import type { Metadata } from 'next';
import Link from 'next/link';
import { FilterForm } from '@/components/filter-form';
import { listingHref } from '@/components/listing-url';
import { Pagination } from '@/components/pagination';
import { ProductGrid } from '@/components/product-grid';
import { SearchBox } from '@/components/search-box';
import { cloudinaryCloudName } from '@/components/seo';
import { SortSelect } from '@/components/sort-select';
import { getCategoriesCached, getListingCached } from '@/lib/catalog/cached';
import { MAX_PAGE, parseListingQueryLenient, SORT_LABELS, SORTS, type Sort } from '@/lib/catalog/listing-query';

// Dynamic: every query is its own page. Results still come from the data cache (getListingCached).
// Declared, not just inferred from searchParams: otherwise `next build` tries to prerender the page and the shop
// layout's category query runs before the page bails out, and the build has no database.
export const dynamic = 'force-dynamic';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const DEFAULT_SORT: Sort = 'relevance';
const FORM_ID = 'search-sort';

/** Repeated keys (brand=a&brand=b from a plain form) are joined, empty fields dropped, before the lenient parse. */
async function readQuery(searchParams: Props['searchParams']) {
  const raw = await searchParams;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(raw)) {
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => Boolean(v?.trim()));
    const last = values[values.length - 1];
    if (last === undefined) continue;
    params.set(key, key === 'brand' ? values.join(',') : last);
  }
  return parseListingQueryLenient(params);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const query = await readQuery(searchParams);
  return {
    title: query.q ? `Tìm kiếm “${query.q}”` : 'Tìm kiếm sản phẩm',
    description: 'Tìm loa, tai nghe, ampli, DAC, mâm đĩa than và micro chính hãng tại Audio Tài Lộc.',
    // Result pages are endless variations of the catalog: keep them out of the index, but follow their links.
    robots: { index: false, follow: true },
  };
}

export default async function SearchPage({ searchParams }: Props) {
  const query = await readQuery(searchParams);
  const cloudName = cloudinaryCloudName();

  if (!query.q) {
    const categories = (await getCategoriesCached()).filter((c) => c.parentId === null);
    return (
      <div className="mx-auto w-full max-w-3xl px-4 py-10">
        <h1 className="text-2xl font-bold sm:text-3xl">Tìm kiếm sản phẩm</h1>
        <p className="mt-2 text-stone-700">
          Nhập tên sản phẩm, thương hiệu hoặc loại thiết bị bạn cần, ví dụ “tai nghe chống ồn”.
        </p>
        <div className="mt-6">
          <SearchBox cloudName={cloudName} id="page-search" label="Bắt đầu tìm kiếm" />
        </div>
        {categories.length > 0 && (
          <nav aria-labelledby="goi-y-danh-muc" className="mt-10">
            <h2 id="goi-y-danh-muc" className="text-lg font-semibold">
              Hoặc xem theo danh mục
            </h2>
            <ul className="mt-3 flex flex-wrap gap-2">
              {categories.map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/danh-muc/${c.slug}`}
                    className="inline-flex min-h-11 items-center rounded-full border border-stone-300 px-4 text-sm font-medium hover:border-brand-600 hover:text-brand-700"
                  >
                    {c.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    );
  }

  const result = await getListingCached(query);
  const totalPages = Math.min(MAX_PAGE, Math.max(1, Math.ceil(result.total / result.limit)));
  const stateKey = listingHref('/tim-kiem', query, DEFAULT_SORT);

  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-6">
      <h1 className="text-2xl font-bold sm:text-3xl">
        Kết quả tìm kiếm cho “<span className="text-brand-700">{query.q}</span>”
      </h1>
      <div className="mt-4 max-w-xl">
        <SearchBox cloudName={cloudName} defaultValue={query.q} id="page-search" label="Tìm kiếm lại" />
      </div>

      {result.total === 0 ? (
        <div className="mt-8 rounded-lg border border-dashed border-stone-300 p-8 text-center">
          <p className="text-lg font-semibold">Không tìm thấy sản phẩm nào phù hợp với “{query.q}”.</p>
          <p className="mt-2 text-stone-700">Hãy thử từ khóa ngắn hơn, kiểm tra chính tả, hoặc tìm theo thương hiệu.</p>
          <Link href="/" className="mt-4 inline-flex min-h-11 items-center font-medium text-brand-700 underline">
            Về trang chủ
          </Link>
        </div>
      ) : (
        <>
          {result.fuzzy && (
            <p className="mt-6 rounded-md bg-gold-100 px-4 py-3 text-stone-900" role="note">
              Không có sản phẩm khớp chính xác với “{query.q}”. Có phải bạn muốn tìm những sản phẩm dưới đây?
            </p>
          )}
          <div className="mt-6 mb-4 flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-stone-700">
              Tìm thấy {result.totalCapped ? 'hơn ' : ''}
              {result.total.toLocaleString('vi-VN')} sản phẩm
              {totalPages > 1 ? ` · Trang ${result.page}/${totalPages}` : ''}
            </p>
            <FilterForm key={stateKey} id={FORM_ID} action="/tim-kiem" defaultSort={DEFAULT_SORT} className="hidden">
              <input type="hidden" name="q" value={query.q} />
            </FilterForm>
            <SortSelect
              key={`sort-${stateKey}`}
              formId={FORM_ID}
              value={query.sort}
              options={SORTS.map((s) => ({ value: s, label: SORT_LABELS[s] }))}
            />
          </div>
          <ProductGrid products={result.items} headingLevel="h2" prioritizeFirst />
          <Pagination
            page={result.page}
            totalPages={totalPages}
            hrefFor={(page) => listingHref('/tim-kiem', { ...query, page }, DEFAULT_SORT)}
          />
        </>
      )}
    </div>
  );
}
