import { brands, categories } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// The category tree and the brands, read whole (a shop has tens of each): cache tags need a category's
// ancestors, search keywords need its chain of names and synonyms, and moves must not make cycles.

export type CategoryNode = { id: number; slug: string; name: string; keywords: string; parentId: number | null };
export type BrandNode = { id: number; slug: string; name: string };
export type Taxonomy = { categories: Map<number, CategoryNode>; brands: Map<number, BrandNode> };

export async function loadTaxonomy(db: Db): Promise<Taxonomy> {
  const [categoryRows, brandRows] = await Promise.all([
    db
      .select({
        id: categories.id,
        slug: categories.slug,
        name: categories.name,
        keywords: categories.keywords,
        parentId: categories.parentId,
      })
      .from(categories),
    db.select({ id: brands.id, slug: brands.slug, name: brands.name }).from(brands),
  ]);
  return {
    categories: new Map(categoryRows.map((c) => [c.id, c])),
    brands: new Map(brandRows.map((b) => [b.id, b])),
  };
}

/** The category and its ancestors, itself first (bounded: a corrupt tree must not loop forever). */
export function categoryChain(nodes: Map<number, CategoryNode>, id: number): CategoryNode[] {
  const chain: CategoryNode[] = [];
  for (let cur = nodes.get(id); cur && chain.length < 32; cur = cur.parentId ? nodes.get(cur.parentId) : undefined) {
    if (chain.includes(cur)) break;
    chain.push(cur);
  }
  return chain;
}

/** The category and everything below it. */
export function descendantIds(nodes: Map<number, CategoryNode>, id: number): number[] {
  const children = new Map<number, number[]>();
  for (const c of nodes.values()) {
    if (c.parentId !== null) children.set(c.parentId, [...(children.get(c.parentId) ?? []), c.id]);
  }
  const out: number[] = [];
  const stack = [id];
  while (stack.length > 0) {
    const cur = stack.pop() as number;
    if (out.includes(cur)) continue;
    out.push(cur);
    stack.push(...(children.get(cur) ?? []));
  }
  return out;
}

/**
 * The words a category adds to its products' search document: its name and synonyms, then its parents'.
 * Must stay the same as db/seed/seed.ts computes them (tests/integration/admin-catalog.test.ts checks it).
 */
export function categorySearchWords(nodes: Map<number, CategoryNode>, id: number): string {
  return categoryChain(nodes, id)
    .flatMap((c) => [c.name, c.keywords])
    .join(' ');
}

/** products.searchKeywords: brand name, then the category words, so that search needs no join. */
export function productSearchKeywords(taxonomy: Taxonomy, brandId: number, categoryId: number): string {
  return `${taxonomy.brands.get(brandId)?.name ?? ''} ${categorySearchWords(taxonomy.categories, categoryId)}`;
}
