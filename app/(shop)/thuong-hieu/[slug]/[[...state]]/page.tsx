import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { listingHref, queryFromState } from '@/components/listing-url';
import { LISTING_DEFAULT_SORT, ListingView } from '@/components/listing-view';
import { OPEN_GRAPH_BASE } from '@/components/seo';
import { getBrandsCached, getFacetsCached, getListingCached } from '@/lib/catalog/cached';
import type { ListingQuery } from '@/lib/catalog/listing-query';

// ISR per brand and filter state; see app/(shop)/danh-muc/[slug]/[[...state]]/page.tsx for the URL scheme.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string; state?: string[] }> };

const findBrand = cache(async (slug: string) => (await getBrandsCached()).find((b) => b.slug === slug) ?? null);

async function resolve(params: Props['params']) {
  const { slug, state } = await params;
  const parsed = queryFromState(state);
  const brand = await findBrand(slug);
  if (!brand || !parsed) return null;
  // The path fixes the brand: a brand filter in the query string has no meaning here, nor has a search term.
  const query: ListingQuery = { ...parsed, q: undefined, category: undefined, brand: undefined };
  return { brand, query, basePath: `/thuong-hieu/${slug}` };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const resolved = await resolve(params);
  if (!resolved) return { title: 'Không tìm thấy thương hiệu' };
  const { brand, query, basePath } = resolved;
  const name = `${brand.name} chính hãng`;
  const title = query.page > 1 ? `${name} – Trang ${query.page}` : name;
  const description =
    brand.description ||
    `Sản phẩm ${brand.name} chính hãng tại Audio Tài Lộc: giá tốt, bảo hành chính hãng, giao hàng toàn quốc.`;
  const canonical = listingHref(
    basePath,
    { ...query, sort: LISTING_DEFAULT_SORT, limit: undefined },
    LISTING_DEFAULT_SORT,
  );
  return {
    title,
    description,
    alternates: { canonical },
    openGraph: { ...OPEN_GRAPH_BASE, title, description, url: canonical },
  };
}

export default async function BrandPage({ params }: Props) {
  const resolved = await resolve(params);
  if (!resolved) notFound();
  const { brand, query, basePath } = resolved;

  const [result, facets] = await Promise.all([
    getListingCached({ ...query, brand: [brand.slug] }),
    getFacetsCached({ brand: brand.slug }, []),
  ]);
  if (query.page > 1 && result.items.length === 0) notFound();

  return (
    <ListingView
      breadcrumbs={[
        { name: 'Trang chủ', href: '/' },
        { name: brand.name, href: basePath },
      ]}
      heading={brand.name}
      intro={
        [brand.description, brand.country ? `Xuất xứ thương hiệu: ${brand.country}.` : ''].filter(Boolean).join(' ') ||
        undefined
      }
      basePath={basePath}
      query={query}
      result={result}
      facets={facets}
      showBrandFilter={false}
    />
  );
}
