import { catalogTags } from '@/lib/catalog/cached';
import { type CategoryNode, categoryChain, type Taxonomy } from './taxonomy';

// Which cached catalog entries a change makes stale (lib/catalog/cached.ts tags them). Computed here, in
// plain code, so that tests can check them; the server action expires them (revalidate.ts).

/** Where a product shows up: its own page, and while visible its category (and those above it) and brand. */
export type ProductPlacement = {
  slug: string;
  categoryId: number;
  brandId: number;
  published: boolean;
  deletedAt: Date | null;
};

export function categoryTags(nodes: Map<number, CategoryNode>, categoryId: number): string[] {
  return categoryChain(nodes, categoryId).map((c) => catalogTags.category(c.slug));
}

/**
 * A product change, given where it was before and is after: its page under each slug (a slug never shown
 * may still have a cached "not found"), and, if it was or is visible, every listing (search, home,
 * related: the `products` tag) and the category and brand listings it left or joined. Editing a hidden
 * product touches no listing.
 */
export function productChangeTags(taxonomy: Taxonomy, placements: ProductPlacement[]): string[] {
  const tags = new Set<string>();
  for (const p of placements) {
    tags.add(catalogTags.product(p.slug));
    if (!p.published || p.deletedAt !== null) continue;
    tags.add(catalogTags.products);
    for (const t of categoryTags(taxonomy.categories, p.categoryId)) tags.add(t);
    const brand = taxonomy.brands.get(p.brandId);
    if (brand) tags.add(catalogTags.brand(brand.slug));
  }
  return [...tags].sort();
}
