import { z } from 'zod';

// Real slugs for the page benchmarks, read through the public JSON API like any client would.

const listingAnswer = z.object({ items: z.array(z.object({ slug: z.string() })), total: z.number() });
const categoriesAnswer = z.object({
  items: z.array(z.object({ id: z.number(), slug: z.string(), parentId: z.number().nullable() })),
});

export type CatalogTargets = { productSlug: string; categorySlug: string; categoryProductCount: number };

async function getJson<T>(url: string, schema: z.ZodType<T>): Promise<T> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
  return schema.parse(await res.json());
}

export async function pickCatalogTargets(baseUrl: string): Promise<CatalogTargets> {
  const products = await getJson(`${baseUrl}/api/products?limit=1`, listingAnswer);
  const product = products.items[0];
  if (!product) throw new Error('GET /api/products returned no products; is the database seeded?');

  // The leaf category (nobody's parent) with the most products: the listing page at its heaviest.
  // Sized by the listing's own total, the number the category page pages through.
  const { items: categories } = await getJson(`${baseUrl}/api/categories`, categoriesAnswer);
  const parents = new Set(categories.map((c) => c.parentId));
  const leaves = await Promise.all(
    categories
      .filter((c) => !parents.has(c.id))
      .map(async (c) => {
        const listing = await getJson(`${baseUrl}/api/products?category=${c.slug}&limit=1`, listingAnswer);
        return { slug: c.slug, total: listing.total };
      }),
  );
  const category = leaves.sort((a, b) => b.total - a.total)[0];
  if (!category) throw new Error('GET /api/categories returned no categories');

  return { productSlug: product.slug, categorySlug: category.slug, categoryProductCount: category.total };
}
