import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import { productImages, products, variants } from '@/db/schema';
import type { Db } from '@/lib/db/types';

export type CartVariant = {
  id: number;
  price: number;
  compareAtPrice: number | null;
  stock: number;
  options: Record<string, string>;
  sellable: boolean;
  productSlug: string;
  productName: string;
  image: string | null;
};

/** The variants of a cart, with whether they can still be bought; one query for the whole cart. */
export async function getCartVariants(db: Db, ids: number[]): Promise<Map<number, CartVariant>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({
      id: variants.id,
      price: variants.price,
      compareAtPrice: variants.compareAtPrice,
      stock: variants.stock,
      options: variants.options,
      sellable: sql<boolean>`${variants.active} and ${products.published} and ${products.deletedAt} is null`,
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
