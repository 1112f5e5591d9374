import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { listingHref, queryFromState } from '@/components/listing-url';
import { LISTING_DEFAULT_SORT, ListingView } from '@/components/listing-view';
import { absoluteImageUrl, OPEN_GRAPH_BASE } from '@/components/seo';
import { getCategoriesCached, getFacetsCached, getListingCached } from '@/lib/catalog/cached';
import type { CategoryDto } from '@/lib/catalog/dto';
import type { ListingQuery } from '@/lib/catalog/listing-query';

// ISR per category and filter state: proxy.ts rewrites `/danh-muc/{slug}?{query}` to `/danh-muc/{slug}/{state}`,
// so this page never reads searchParams and stays cacheable. Nothing is rendered at build time.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; state?: string[] }> };

const findCategory = cache(async (slug: string) => {
  const categories = await getCategoriesCached();
  const category = categories.find((c) => c.slug === slug);
  if (!category) return null;
  const byId = new Map(categories.map((c) => [c.id, c]));
  const path: CategoryDto[] = [];
  for (
    let c: CategoryDto | undefined = category;
    c && path.length < 10;
    c = c.parentId ? byId.get(c.parentId) : undefined
  ) {
    path.unshift(c);
  }
  return { category, path, children: categories.filter((c) => c.parentId === category.id) };
});

async function resolve(params: Props['params']) {
  const { slug, state } = await params;
  const parsed = queryFromState(state);
  const found = await findCategory(slug);
  if (!found || !parsed) return null;
  // The path fixes the category, and a category URL carries no search term.
  const query: ListingQuery = { ...parsed, q: undefined, category: undefined };
  return { ...found, query, basePath: `/danh-muc/${slug}` };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return { title: 'Không tìm thấy danh mục' };
  const { category, query, basePath } = resolved;
  const name = category.seoTitle ?? category.name;
  const title = query.page > 1 ? `${name} – Trang ${query.page}` : name;
  const description =
    category.seoDescription ??
    (category.description ||
      `Mua ${category.name.toLowerCase()} chính hãng tại Audio Tài Lộc: giá tốt, bảo hành chính hãng, giao hàng toàn quốc.`);
  // Sort and page size never make a different page for search engines; page 2+ keeps its page number.
  const canonical = listingHref(
    basePath,
    { ...query, sort: LISTING_DEFAULT_SORT, limit: undefined },
    LISTING_DEFAULT_SORT,
  );
  const image = category.image ? absoluteImageUrl(category.image) : null;
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: { ...OPEN_GRAPH_BASE, title, description, url: canonical, images: image ? [{ url: image }] : [] },
  };
}

export default async function CategoryPage({ params }: Props) {
  const resolved = await resolve(params);
  if (!resolved) notFound();
  const { category, path, children, query, basePath } = resolved;

  const [result, facets] = await Promise.all([
    getListingCached({ ...query, category: category.slug }),
    getFacetsCached({ category: category.slug }, category.filterSpecs),
  ]);
  // A page number past the end is not a page: answer 404 rather than an empty, indexable listing.
  if (query.page > 1 && result.items.length === 0) notFound();

  return (
    <ListingView
      breadcrumbs={[
        { name: 'Trang chủ', href: '/' },
        ...path.map((c) => ({ name: c.name, href: `/danh-muc/${c.slug}` })),
      ]}
      heading={category.name}
      intro={category.description || undefined}
      basePath={basePath}
      query={query}
      result={result}
      facets={facets}
      showBrandFilter
    >
      {children.length > 0 && (
        <nav aria-label={`Danh mục con của ${category.name}`} className="mt-4">
          <ul className="flex flex-wrap gap-2">
            {children.map((child) => (
              <li key={child.id}>
                <Link
                  href={`/danh-muc/${child.slug}`}
                  className="inline-flex min-h-11 items-center rounded-full border border-stone-300 bg-white px-4 text-sm font-medium hover:border-brand-600 hover:text-brand-700"
                >
                  {child.name}
                  <span className="ml-1 text-stone-600">({child.productCount})</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </ListingView>
  );
}
