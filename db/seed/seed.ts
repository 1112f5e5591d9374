import { count, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/types';
import { storePolicyTemplates } from '@/lib/legal/policies';
import { brands, categories, productImages, products, variants } from '../schema';
import { buildDemoProducts, demoBrands, demoCategories } from './demo-data';
import type { SeedProduct } from './types';

// Seeding writes plain rows in batches; it runs from the CLI (db/seed/cli.ts), from the embedded
// database's first start, and from tests. It never runs against a database that already has products
// unless asked to (`reset`).

const DAY_MS = 86_400_000;
const BATCH = 500;
const SYNTHETIC_SLICE = 20_000;

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function resetCatalog(db: Db): Promise<void> {
  await db.execute(
    sql`truncate table ${productImages}, ${variants}, ${products}, ${brands}, ${categories} restart identity cascade`,
  );
}

type Lookup = { categoryIds: Map<string, number>; brandIds: Map<string, number>; keywords: Map<string, string> };

async function insertTaxonomy(db: Db): Promise<Lookup> {
  const categoryIds = new Map<string, number>();
  // Parents before children: the demo list is a tree, inserted level by level.
  let pending = [...demoCategories];
  while (pending.length > 0) {
    const ready = pending.filter((c) => c.parentSlug === null || categoryIds.has(c.parentSlug));
    if (ready.length === 0) throw new Error('demo categories reference a missing parent');
    const rows = await db
      .insert(categories)
      .values(
        ready.map((c) => ({
          slug: c.slug,
          name: c.name,
          parentId: c.parentSlug ? (categoryIds.get(c.parentSlug) ?? null) : null,
          description: c.description,
          keywords: c.keywords,
          filterSpecs: c.filterSpecs,
          image: c.image,
          sortOrder: c.sortOrder,
        })),
      )
      .returning({ id: categories.id, slug: categories.slug });
    for (const r of rows) categoryIds.set(r.slug, r.id);
    pending = pending.filter((c) => !categoryIds.has(c.slug));
  }
  const brandRows = await db
    .insert(brands)
    .values(demoBrands.map((b) => ({ ...b })))
    .returning({ id: brands.id, slug: brands.slug });
  const brandIds = new Map(brandRows.map((r) => [r.slug, r.id]));

  // A product's search document carries its brand, its category, the category's parents and their synonyms.
  const bySlug = new Map(demoCategories.map((c) => [c.slug, c]));
  const keywords = new Map<string, string>();
  for (const c of demoCategories) {
    const words: string[] = [];
    for (let cur: typeof c | undefined = c; cur; cur = cur.parentSlug ? bySlug.get(cur.parentSlug) : undefined) {
      words.push(cur.name, cur.keywords);
    }
    keywords.set(c.slug, words.join(' '));
  }
  return { categoryIds, brandIds, keywords };
}

async function insertProducts(db: Db, items: SeedProduct[], lookup: Lookup, now: number): Promise<void> {
  const brandNames = new Map(demoBrands.map((b) => [b.slug, b.name]));
  for (const batch of chunks(items, BATCH)) {
    const rows = await db
      .insert(products)
      .values(
        batch.map((p) => {
          const categoryId = lookup.categoryIds.get(p.categorySlug);
          const brandId = lookup.brandIds.get(p.brandSlug);
          if (!categoryId || !brandId) throw new Error(`product ${p.slug}: unknown category or brand`);
          const created = new Date(now - p.createdDaysAgo * DAY_MS);
          return {
            slug: p.slug,
            name: p.name,
            brandId,
            categoryId,
            shortDescription: p.shortDescription,
            description: p.description,
            specs: p.specs as Record<string, string>,
            seoTitle: p.seoTitle,
            seoDescription: p.seoDescription,
            published: true,
            featured: p.featured,
            priceMin: Math.min(...p.variants.map((v) => v.price)),
            soldCount: p.soldCount,
            searchKeywords: `${brandNames.get(p.brandSlug) ?? ''} ${lookup.keywords.get(p.categorySlug) ?? ''}`,
            createdAt: created,
            updatedAt: created,
          };
        }),
      )
      .returning({ id: products.id, slug: products.slug });
    const ids = new Map(rows.map((r) => [r.slug, r.id]));
    const variantRows = batch.flatMap((p) =>
      p.variants.map((v, position) => ({ ...v, productId: ids.get(p.slug) ?? 0, position })),
    );
    const imageRows = batch.flatMap((p) =>
      p.images.map((img, position) => ({ ...img, productId: ids.get(p.slug) ?? 0, position })),
    );
    for (const part of chunks(variantRows, BATCH * 2)) await db.insert(variants).values(part);
    for (const part of chunks(imageRows, BATCH * 2)) await db.insert(productImages).values(part);
  }
}

/**
 * Synthetic products for benchmarks: copies of the demo products with a series suffix, so that
 * names, specs, prices and search behave like the real catalog at any size.
 */
export function buildSyntheticProducts(templates: SeedProduct[], howMany: number, start = 0): SeedProduct[] {
  const out: SeedProduct[] = [];
  for (let i = start; i < start + howMany; i++) {
    const t = templates[i % templates.length];
    if (!t) break;
    const series = Math.floor(i / templates.length) + 2;
    const factor = 1 + ((i * 7919) % 21) / 100; // prices vary by up to 20%, whole thousands of VND
    out.push({
      ...t,
      slug: `${t.slug}-s${series}`,
      name: `${t.name} (series ${series})`,
      variants: t.variants.map((v) => {
        const price = Math.round((v.price * factor) / 1000) * 1000;
        return {
          ...v,
          sku: `${v.sku}-S${series}`,
          price,
          compareAtPrice: v.compareAtPrice
            ? Math.max(price + 1000, Math.round((v.compareAtPrice * factor) / 1000) * 1000)
            : null,
        };
      }),
      featured: false,
      soldCount: (t.soldCount * series) % 997,
      createdDaysAgo: (t.createdDaysAgo + series * 3) % 720,
    });
  }
  return out;
}

export type SeedResult = { products: number };

/** Seeds the demo catalog plus `extra` synthetic products. The catalog tables must be empty. */
export async function seedCatalog(db: Db, extra = 0): Promise<SeedResult> {
  const demo = buildDemoProducts();
  const now = Date.now();
  return db.transaction(async (tx) => {
    const lookup = await insertTaxonomy(tx);
    await insertProducts(tx, demo, lookup, now);
    // Built and inserted a slice at a time: a million products held at once would not fit in the heap.
    for (let start = 0; start < extra; start += SYNTHETIC_SLICE) {
      const slice = buildSyntheticProducts(demo, Math.min(SYNTHETIC_SLICE, extra - start), start);
      await insertProducts(tx, slice, lookup, now);
    }
    // The policy pages start as Vietnamese demo text marked as a template (version 1 of each).
    await storePolicyTemplates(tx);
    return { products: demo.length + extra };
  });
}

export async function countProducts(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(products);
  return row?.n ?? 0;
}

/** First start of the embedded database: seed only when there is no catalog yet. */
export async function seedDemoCatalogIfEmpty(db: Db): Promise<SeedResult | null> {
  if ((await countProducts(db)) > 0) return null;
  return seedCatalog(db);
}
