import 'server-only';
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { brands, categories, productImages, products, variants } from '@/db/schema';
import { searchTokens } from '@/lib/catalog/text';
import type { Db } from '@/lib/db/types';
import { ADMIN_PAGE_SIZE, type AdminProductFilter } from './product-filter';
import { descendantIds, loadTaxonomy } from './taxonomy';

// Reads for the admin catalog (the primary database: staff must see what they just saved).

export type AdminProductRow = {
  id: number;
  slug: string;
  name: string;
  published: boolean;
  deleted: boolean;
  priceMin: number;
  categoryName: string;
  brandName: string;
  variantCount: number;
  stock: number;
  skus: string;
  image: { src: string; alt: string; width: number; height: number } | null;
  updatedAt: Date;
};

const productId = sql.raw('"products"."id"');

/**
 * Search matches every word in the accent-folded name + brand + category text (the trigram-indexed
 * search_text column), or a SKU containing the query: "tai nghe sony" and "WH1000" both work.
 */
function searchCondition(q: string): SQL | null {
  const tokens = searchTokens(q);
  const sku = q.trim().toUpperCase();
  const bySku = sql`exists (select 1 from ${variants} v where v.product_id = ${productId} and v.sku ilike ${`%${sku.replace(/[\\%_]/g, '\\$&')}%`})`;
  if (tokens.length === 0) return sku ? bySku : null;
  const byText = and(...tokens.map((t) => sql`${products.searchText} like ${`%${t}%`}`)) as SQL;
  return sql`(${byText} or ${bySku})`;
}

export async function listAdminProducts(db: Db, filter: AdminProductFilter) {
  const where: SQL[] = [];
  if (filter.status === 'deleted') where.push(isNotNull(products.deletedAt));
  else where.push(isNull(products.deletedAt));
  if (filter.status === 'published') where.push(eq(products.published, true));
  if (filter.status === 'draft') where.push(eq(products.published, false));
  if (filter.category) {
    const ids = descendantIds((await loadTaxonomy(db)).categories, filter.category);
    where.push(inArray(products.categoryId, ids));
  }
  if (filter.brand) where.push(eq(products.brandId, filter.brand));
  const inStock = sql`exists (select 1 from ${variants} v where v.product_id = ${productId} and v.active and v.stock > 0)`;
  if (filter.stock === 'in') where.push(inStock);
  if (filter.stock === 'out') where.push(sql`not ${inStock}`);
  if (filter.q) {
    const search = searchCondition(filter.q);
    if (search) where.push(search);
  }
  const condition = and(...where);
  const [rows, totals] = await Promise.all([
    db
      .select({
        id: products.id,
        slug: products.slug,
        name: products.name,
        published: products.published,
        deleted: sql<boolean>`${products.deletedAt} is not null`,
        priceMin: products.priceMin,
        categoryName: categories.name,
        brandName: brands.name,
        variantCount: sql<number>`(select count(*) from ${variants} v where v.product_id = ${productId} and v.active)::int`,
        stock: sql<number>`(select coalesce(sum(v.stock), 0) from ${variants} v where v.product_id = ${productId} and v.active)::int`,
        skus: sql<string>`coalesce((select string_agg(v.sku, ', ' order by v.position, v.id) from ${variants} v where v.product_id = ${productId}), '')`,
        image: sql<
          AdminProductRow['image']
        >`(select json_build_object('src', i.src, 'alt', i.alt, 'width', i.width, 'height', i.height) from ${productImages} i where i.product_id = ${productId} order by i.position, i.id limit 1)`,
        updatedAt: products.updatedAt,
      })
      .from(products)
      .innerJoin(categories, eq(categories.id, products.categoryId))
      .innerJoin(brands, eq(brands.id, products.brandId))
      .where(condition)
      .orderBy(desc(products.updatedAt), desc(products.id))
      .limit(ADMIN_PAGE_SIZE)
      .offset((filter.page - 1) * ADMIN_PAGE_SIZE),
    db.select({ n: count() }).from(products).where(condition),
  ]);
  return {
    items: rows satisfies AdminProductRow[],
    total: totals[0]?.n ?? 0,
    page: filter.page,
    limit: ADMIN_PAGE_SIZE,
  };
}

export async function getAdminProduct(db: Db, id: number) {
  const [product] = await db.select().from(products).where(eq(products.id, id)).limit(1);
  if (!product) return null;
  const [variantRows, imageRows] = await Promise.all([
    db.select().from(variants).where(eq(variants.productId, id)).orderBy(asc(variants.position), asc(variants.id)),
    db
      .select()
      .from(productImages)
      .where(eq(productImages.productId, id))
      .orderBy(asc(productImages.position), asc(productImages.id)),
  ]);
  return { product, variants: variantRows, images: imageRows };
}
export type AdminProduct = NonNullable<Awaited<ReturnType<typeof getAdminProduct>>>;

/** Categories for a select: in tree order, each labelled with its path ("Loa › Loa bluetooth"). */
export async function listCategoryOptions(db: Db): Promise<{ id: number; label: string; depth: number }[]> {
  const rows = await db
    .select({ id: categories.id, name: categories.name, parentId: categories.parentId })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
  const children = new Map<number | null, typeof rows>();
  for (const r of rows) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
  const out: { id: number; label: string; depth: number }[] = [];
  const walk = (parentId: number | null, path: string[], depth: number) => {
    for (const r of children.get(parentId) ?? []) {
      if (out.some((o) => o.id === r.id)) continue;
      const label = [...path, r.name].join(' › ');
      out.push({ id: r.id, label, depth });
      walk(r.id, [...path, r.name], depth + 1);
    }
  };
  walk(null, [], 0);
  return out;
}

export async function listBrandOptions(db: Db): Promise<{ id: number; label: string }[]> {
  const rows = await db.select({ id: brands.id, name: brands.name }).from(brands).orderBy(asc(brands.name));
  return rows.map((r) => ({ id: r.id, label: r.name }));
}
