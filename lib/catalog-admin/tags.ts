import { catalogTags } from '@/lib/catalog/cached';
import { type CategoryNode, categoryChain, type Taxonomy } from './taxonomy';

// Which cached catalog entries a change makes stale (lib/catalog/cached.ts tags them). Computed here, in
// plain code, so that tests can check them; the server action expires them (revalidate.ts).

/** Where a product shows up: its own page, its category and the categories above it, its brand. */
export type ProductPlacement = { slug: string; categoryId: number; brandId: number };

export function categoryTags(nodes: Map<number, CategoryNode>, categoryId: number): string[] {
  return categoryChain(nodes, categoryId).map((c) => catalogTags.category(c.slug));
}

/**
 * A product change: every listing (search, home, related: the `products` tag), the product page under its
 * old and new slug, and the category and brand listings it left and joined.
 */
export function productChangeTags(taxonomy: Taxonomy, placements: (ProductPlacement | null | undefined)[]): string[] {
  const tags = new Set<string>([catalogTags.products]);
  for (const p of placements) {
    if (!p) continue;
    tags.add(catalogTags.product(p.slug));
    for (const t of categoryTags(taxonomy.categories, p.categoryId)) tags.add(t);
    const brand = taxonomy.brands.get(p.brandId);
    if (brand) tags.add(catalogTags.brand(brand.slug));
  }
  return [...tags].sort();
}
