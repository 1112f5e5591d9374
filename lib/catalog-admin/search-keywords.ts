import 'server-only';
import { sql } from 'drizzle-orm';
import { brands, products } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { categorySearchWords, type Taxonomy } from './taxonomy';

// products.searchKeywords copies brand and category words into each product's row (so search needs no
// join). Renaming a brand or a category, changing its synonyms or moving a category therefore rewrites
// the keywords of the products below it, in the same transaction, one statement.

export async function refreshSearchKeywords(
  tx: Db,
  taxonomy: Taxonomy,
  scope: { categoryIds: number[] } | { brandId: number },
): Promise<number> {
  const categoryIds = 'categoryIds' in scope ? scope.categoryIds : [...taxonomy.categories.keys()];
  if (categoryIds.length === 0) return 0;
  const words = sql.join(
    categoryIds.map((id) => sql`(${id}::int, ${categorySearchWords(taxonomy.categories, id)}::text)`),
    sql`, `,
  );
  const brandFilter = 'brandId' in scope ? sql`and p.brand_id = ${scope.brandId}` : sql``;
  const result = await tx.execute(
    sql`update ${products} as p set search_keywords = b.name || ' ' || k.words
        from ${brands} b, (values ${words}) as k(id, words)
        where b.id = p.brand_id and k.id = p.category_id ${brandFilter}
          and p.search_keywords is distinct from b.name || ' ' || k.words`,
  );
  return (result as { rowCount?: number; affectedRows?: number }).rowCount ?? 0;
}
