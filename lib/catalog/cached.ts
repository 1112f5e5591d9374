import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { revalidateTag, unstable_cache } from 'next/cache';
import { brands, categories, products } from '@/db/schema';
import { FILTERED_TAG } from '@/lib/cache/redis-cache';
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
  type ProductDetail,
  suggestProducts,
  type Taxonomy,
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

function cached<A extends unknown[], R>(
  name: string,
  fn: (...args: A) => Promise<R>,
  tags: (...args: A) => string[],
  revalidate: (...args: A) => number = () => REVALIDATE_SECONDS,
) {
  return (...args: A): Promise<R> =>
    unstable_cache(() => fn(...args), [name, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: revalidate(...args),
    })();
}

/** Catalog-wide lists (search, unscoped API listings) are not expired by a sell-out: they refresh this often. */
const CATALOG_WIDE_REVALIDATE_SECONDS = 300;

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

/** The category and brand lists a listing resolves its scope against (cached, so no statement per listing). */
async function taxonomyCached(): Promise<Taxonomy> {
  const [categories, brands] = await Promise.all([getCategoriesCached(), getBrandsCached()]);
  return { categories, brands };
}

/** More than a category or brand, a sort and a page: a state anyone can make up, cached in its own bounded pool. */
function isFiltered(query: ListingQuery): boolean {
  return (
    query.q !== undefined ||
    query.minPrice !== undefined ||
    query.maxPrice !== undefined ||
    query.inStock === true ||
    Object.keys(query.specs).length > 0 ||
    (query.brand?.length ?? 0) > (query.category ? 0 : 1)
  );
}

export const getListingCached = cached(
  'listing',
  async (query: ListingQuery) => listProducts(await getReadDb(), query, await taxonomyCached()),
  (query) => [
    catalogTags.products,
    ...(query.category ? [catalogTags.category(query.category)] : []),
    ...(query.brand ?? []).map(catalogTags.brand),
    ...(isFiltered(query) ? [FILTERED_TAG] : []),
  ],
  (query) => (query.category || query.brand?.length ? REVALIDATE_SECONDS : CATALOG_WIDE_REVALIDATE_SECONDS),
);

export const getFacetsCached = cached(
  'facets',
  async (scope: { category?: string; brand?: string }, specKeys: string[]) =>
    getFacets(await getReadDb(), scope, specKeys, await taxonomyCached()),
  (scope) => [
    catalogTags.products,
    ...(scope.category ? [catalogTags.category(scope.category)] : []),
    ...(scope.brand ? [catalogTags.brand(scope.brand)] : []),
  ],
);

/** Thrown inside the cache so that an unknown slug is not stored: anyone can ask for any slug. */
class ProductNotFound extends Error {}

const productEntry = cached(
  'product',
  async (slug: string) => {
    const product = await getProductBySlug(await getReadDb(), slug);
    if (!product) throw new ProductNotFound(slug);
    return product;
  },
  (slug) => [catalogTags.product(slug)],
);

export async function getProductCached(slug: string): Promise<ProductDetail | null> {
  try {
    return await productEntry(slug);
  } catch (err) {
    if (err instanceof ProductNotFound) return null;
    throw err;
  }
}

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

/** Where each product is listed: its category, the categories above it, and its brand. */
async function listingTagsOf(slugs: string[]): Promise<string[]> {
  const db = await getReadDb();
  const [rows, cats] = await Promise.all([
    db
      .select({ categoryId: products.categoryId, brandSlug: brands.slug })
      .from(products)
      .innerJoin(brands, eq(brands.id, products.brandId))
      .where(inArray(products.slug, slugs)),
    db.select({ id: categories.id, slug: categories.slug, parentId: categories.parentId }).from(categories),
  ]);
  const byId = new Map(cats.map((c) => [c.id, c]));
  const tags = new Set<string>();
  for (const r of rows) {
    tags.add(catalogTags.brand(r.brandSlug));
    let depth = 0;
    for (let c = byId.get(r.categoryId); c && depth < 32; c = c.parentId ? byId.get(c.parentId) : undefined, depth++) {
      tags.add(catalogTags.category(c.slug));
    }
  }
  return [...tags];
}

const CACHE_STORE = Symbol.for('audio-tai-loc.cache-store');
type TagStore = { revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void> };

/** revalidateTag(tag, 'max') in a request; outside one (timers), straight to the shared cache when there is one. */
async function expireStale(tags: string[]): Promise<void> {
  try {
    for (const tag of tags) revalidateTag(tag, 'max');
  } catch (err) {
    const store = (globalThis as typeof globalThis & { [CACHE_STORE]?: TagStore })[CACHE_STORE];
    if (!store) throw err;
    await store.revalidateTag(tags, { expire: REVALIDATE_SECONDS });
  }
}

/**
 * After stock changed: product pages show the new stock on their next visit (stale-while-revalidate).
 * When a product sold out or came back, the listings that show it follow: its category and the ones above
 * it, and its brand; catalog-wide lists (search, home) catch up within their revalidate time. The rest of
 * the catalog stays cached. Carts and checkout never read stock from this cache.
 */
export async function revalidateProductStock(slugs: string[], inStockChanged: boolean): Promise<void> {
  const unique = [...new Set(slugs)];
  if (unique.length === 0) return;
  const tags = unique.map(catalogTags.product);
  if (inStockChanged) tags.push(...(await listingTagsOf(unique)));
  await expireStale(tags);
}
