import 'server-only';
import { revalidateTag, unstable_cache } from 'next/cache';
import { getReadDb } from '@/lib/db/client';
import type { ListingQuery } from './listing-query';
import {
  getFacets,
  getProductBySlug,
  type HomeSection,
  listBrands,
  listCategories,
  listHomeProducts,
  listProducts,
  listRelatedProducts,
  suggestProducts,
} from './queries';

// Catalog reads through Next's data cache. Every entry carries the tags of what it shows, so an admin
// edit revalidates exactly that (revalidateTag(catalogTags.product(slug), 'max'), …).

export const catalogTags = {
  products: 'products',
  product: (slug: string) => `product:${slug}`,
  categories: 'categories',
  category: (slug: string) => `category:${slug}`,
  brands: 'brands',
  brand: (slug: string) => `brand:${slug}`,
} as const;

/** Upper bound on staleness if a tag is ever missed; tags make edits show at once. */
const REVALIDATE_SECONDS = 3600;

function cached<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tags: (...args: A) => string[]) {
  return (...args: A): Promise<R> =>
    unstable_cache(() => fn(...args), [name, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: REVALIDATE_SECONDS,
    })();
}

export const getCategoriesCached = cached(
  'categories',
  async () => listCategories(await getReadDb()),
  () => [catalogTags.categories, catalogTags.products],
);

export const getBrandsCached = cached(
  'brands',
  async () => listBrands(await getReadDb()),
  () => [catalogTags.brands, catalogTags.products],
);

export const getListingCached = cached(
  'listing',
  async (query: ListingQuery) => listProducts(await getReadDb(), query),
  (query) => [
    catalogTags.products,
    ...(query.category ? [catalogTags.category(query.category)] : []),
    ...(query.brand ?? []).map(catalogTags.brand),
  ],
);

export const getFacetsCached = cached(
  'facets',
  async (scope: { category?: string; brand?: string }, specKeys: string[]) =>
    getFacets(await getReadDb(), scope, specKeys),
  (scope) => [
    catalogTags.products,
    ...(scope.category ? [catalogTags.category(scope.category)] : []),
    ...(scope.brand ? [catalogTags.brand(scope.brand)] : []),
  ],
);

export const getProductCached = cached(
  'product',
  async (slug: string) => getProductBySlug(await getReadDb(), slug),
  (slug) => [catalogTags.product(slug)],
);

export const getRelatedCached = cached(
  'related',
  async (product: { id: number; categoryId: number }) => listRelatedProducts(await getReadDb(), product),
  () => [catalogTags.products],
);

export const getHomeProductsCached = cached(
  'home',
  async (section: HomeSection) => listHomeProducts(await getReadDb(), section),
  () => [catalogTags.products],
);

export const getSuggestionsCached = cached(
  'suggest',
  async (q: string) => suggestProducts(await getReadDb(), q),
  () => [catalogTags.products],
);

/**
 * After stock changed: product pages show the new stock on their next visit (stale-while-revalidate).
 * Listings only show in stock / sold out, so they are revalidated only when that may have flipped;
 * revalidating every listing on every order would regenerate them all under load. Carts and checkout
 * never read stock from this cache.
 */
export function revalidateProductStock(slugs: string[], inStockChanged: boolean): void {
  for (const slug of new Set(slugs)) revalidateTag(catalogTags.product(slug), 'max');
  if (inStockChanged) revalidateTag(catalogTags.products, 'max');
}
