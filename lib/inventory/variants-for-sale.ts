import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { productImages, products, variants } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// Variants as the cart and checkout see them: price and stock now, whether they can still be bought,
// and what an order line snapshots (names, slug, first image). One query for any number of variants.

export type VariantForSale = {
  id: number;
  sku: string;
  options: Record<string, string>;
  price: number;
  compareAtPrice: number | null;
  stock: number;
  /** Active variant of a published, not deleted product. */
  sellable: boolean;
  productId: number;
  productSlug: string;
  productName: string;
  image: string | null;
};

export async function getVariantsForSale(db: Db, ids: number[]): Promise<Map<number, VariantForSale>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: variants.id,
      sku: variants.sku,
      options: variants.options,
      price: variants.price,
      compareAtPrice: variants.compareAtPrice,
      stock: variants.stock,
      sellable: sql<boolean>`${variants.active} and ${products.published} and ${products.deletedAt} is null`,
      productId: products.id,
      productSlug: products.slug,
      productName: products.name,
      image: sql<
        string | null
      >`(select i.src from ${productImages} i where i.product_id = ${sql.raw('"products"."id"')} order by i.position limit 1)`,
    })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(inArray(variants.id, ids));
  return new Map(rows.map((r) => [r.id, r]));
}
