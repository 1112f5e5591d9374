import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import { brands, categories, productImages, products, variants } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import type {
  BrandDto,
  CategoryDto,
  Facets,
  ImageDto,
  ListingResult,
  ProductCardDto,
  ProductDetailDto,
  SitemapEntry,
  SuggestionDto,
} from './dto';
import type { ListingQuery } from './listing-query';
import { searchTokens, toTsQuery } from './text';

// Catalog reads: the database (or a transaction) is the first argument, no caching here
// (lib/catalog/cached.ts adds it).

// Correlated subqueries name the outer row explicitly: drizzle leaves columns unqualified in
// single-table selects, and an unqualified "id" inside a subquery would bind to the inner table.
const outer = {
  productId: sql.raw('"products"."id"'),
  categoryId: sql.raw('"categories"."id"'),
  brandId: sql.raw('"brands"."id"'),
};

const visible = and(eq(products.published, true), isNull(products.deletedAt)) as SQL;

const cardColumns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  price: products.priceMin,
  brandSlug: brands.slug,
  brandName: brands.name,
  compareAtPrice: sql<
    number | null
  >`(select v.compare_at_price from ${variants} v where v.product_id = ${outer.productId} and v.active order by v.price, v.position limit 1)`,
  image: sql<ImageDto | null>`(select json_build_object('src', i.src, 'alt', i.alt, 'width', i.width, 'height', i.height) from ${productImages} i where i.product_id = ${outer.productId} order by i.position limit 1)`,
  inStock: sql<boolean>`exists (select 1 from ${variants} v where v.product_id = ${outer.productId} and v.stock > 0 and v.active)`,
};

type CardRow = {
  id: number;
  slug: string;
  name: string;
  price: number;
  brandSlug: string;
  brandName: string;
  compareAtPrice: number | null;
  image: ImageDto | null;
  inStock: boolean;
};

function toCard(r: CardRow): ProductCardDto {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    brand: { slug: r.brandSlug, name: r.brandName },
    price: r.price,
    compareAtPrice: r.compareAtPrice,
    image: r.image,
    inStock: r.inStock,
  };
}

function inCategoryTree(slug: string): SQL {
  return sql`${products.categoryId} in (with recursive sub(id) as (select id from ${categories} where slug = ${slug} union all select c.id from ${categories} c join sub on c.parent_id = sub.id) select id from sub)`;
}

function filterConditions(query: ListingQuery): SQL[] {
  const where: SQL[] = [visible];
  if (query.category) where.push(inCategoryTree(query.category));
  if (query.brand?.length) {
    where.push(sql`${products.brandId} in (select id from ${brands} where slug in ${query.brand})`);
  }
  if (query.minPrice !== undefined) where.push(gte(products.priceMin, query.minPrice));
  if (query.maxPrice !== undefined) where.push(lte(products.priceMin, query.maxPrice));
  if (query.inStock) {
    where.push(
      sql`exists (select 1 from ${variants} v where v.product_id = ${outer.productId} and v.stock > 0 and v.active)`,
    );
  }
  const specs = Object.entries(query.specs);
  if (specs.length > 0) where.push(sql`${products.specs} @> ${JSON.stringify(Object.fromEntries(specs))}::jsonb`);
  return where;
}

function sortOrder(query: ListingQuery, rank: SQL | null): SQL[] {
  switch (query.sort) {
    case 'price-asc':
      return [asc(products.priceMin), asc(products.id)];
    case 'price-desc':
      return [desc(products.priceMin), desc(products.id)];
    case 'best-selling':
      return [desc(products.soldCount), desc(products.id)];
    case 'relevance':
      if (rank) return [sql`${rank} desc`, desc(products.soldCount), desc(products.id)];
      return [desc(products.createdAt), desc(products.id)];
    case 'newest':
      return [desc(products.createdAt), desc(products.id)];
    default: {
      const never: never = query.sort;
      throw new Error(`unknown sort ${String(never)}`);
    }
  }
}

async function runListing(db: Db, query: ListingQuery, where: SQL[], rank: SQL | null) {
  const condition = and(...where);
  const [rows, totals] = await Promise.all([
    db
      .select(cardColumns)
      .from(products)
      .innerJoin(brands, eq(brands.id, products.brandId))
      .where(condition)
      .orderBy(...sortOrder(query, rank))
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    db.select({ n: count() }).from(products).where(condition),
  ]);
  return { items: rows.map(toCard), total: totals[0]?.n ?? 0 };
}

/**
 * Listing, filtering and search in one: full-text search over the accent-folded document first;
 * when it finds nothing, trigram word similarity catches typos ("sennhiser" -> Sennheiser).
 */
export async function listProducts(db: Db, query: ListingQuery): Promise<ListingResult> {
  const base = filterConditions(query);
  const page = { page: query.page, limit: query.limit };
  if (query.q === undefined) return { ...(await runListing(db, query, base, null)), ...page, fuzzy: false };

  const tokens = searchTokens(query.q);
  const tsq = toTsQuery(tokens);
  if (!tsq) return { items: [], total: 0, ...page, fuzzy: false };

  const tsQuery = sql`to_tsquery('simple', ${tsq})`;
  const exact = await runListing(
    db,
    query,
    [...base, sql`${products.searchVector} @@ ${tsQuery}`],
    sql`ts_rank_cd(${products.searchVector}, ${tsQuery})`,
  );
  if (exact.total > 0 || query.page > 1) return { ...exact, ...page, fuzzy: false };

  const folded = tokens.join(' ');
  const fuzzy = await runListing(
    db,
    query,
    [...base, sql`${folded} <% ${products.searchText}`],
    sql`word_similarity(${folded}, ${products.searchText})`,
  );
  return { ...fuzzy, ...page, fuzzy: fuzzy.total > 0 };
}

/** As-you-type suggestions: the last word may be unfinished; typos fall back to trigrams. */
export async function suggestProducts(db: Db, q: string, limit = 8): Promise<SuggestionDto[]> {
  const tokens = searchTokens(q);
  const tsq = toTsQuery(tokens, true);
  if (!tsq) return [];
  const select = () =>
    db
      .select({ slug: products.slug, name: products.name, price: products.priceMin, image: cardColumns.image })
      .from(products);
  const tsQuery = sql`to_tsquery('simple', ${tsq})`;
  const rows = await select()
    .where(and(visible, sql`${products.searchVector} @@ ${tsQuery}`))
    .orderBy(sql`ts_rank_cd(${products.searchVector}, ${tsQuery}) desc`, desc(products.soldCount))
    .limit(limit);
  if (rows.length > 0) return rows;
  const folded = tokens.join(' ');
  return select()
    .where(and(visible, sql`${folded} <% ${products.searchText}`))
    .orderBy(sql`word_similarity(${folded}, ${products.searchText}) desc`, desc(products.soldCount))
    .limit(limit);
}

export type HomeSection = 'featured' | 'newest' | 'best-selling';

export async function listHomeProducts(db: Db, section: HomeSection, limit = 8): Promise<ProductCardDto[]> {
  const base = db.select(cardColumns).from(products).innerJoin(brands, eq(brands.id, products.brandId));
  const rows =
    section === 'featured'
      ? await base
          .where(and(visible, eq(products.featured, true)))
          .orderBy(desc(products.soldCount))
          .limit(limit)
      : section === 'newest'
        ? await base.where(visible).orderBy(desc(products.createdAt), desc(products.id)).limit(limit)
        : await base.where(visible).orderBy(desc(products.soldCount), desc(products.id)).limit(limit);
  return rows.map(toCard);
}

export async function listRelatedProducts(
  db: Db,
  product: { id: number; categoryId: number },
  limit = 8,
): Promise<ProductCardDto[]> {
  const rows = await db
    .select(cardColumns)
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .where(and(visible, eq(products.categoryId, product.categoryId), ne(products.id, product.id)))
    .orderBy(desc(products.soldCount), desc(products.id))
    .limit(limit);
  return rows.map(toCard);
}

export async function listCategories(db: Db): Promise<CategoryDto[]> {
  const rows = await db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      parentId: categories.parentId,
      description: categories.description,
      image: categories.image,
      filterSpecs: categories.filterSpecs,
      seoTitle: categories.seoTitle,
      seoDescription: categories.seoDescription,
      ownCount: sql<number>`(select count(*) from ${products} p where p.category_id = ${outer.categoryId} and p.published and p.deleted_at is null)::int`,
    })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
  // A parent counts the products of its whole subtree.
  const children = new Map<number, number[]>();
  for (const r of rows) if (r.parentId !== null) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  const own = new Map(rows.map((r) => [r.id, r.ownCount]));
  const total = (id: number): number => (own.get(id) ?? 0) + (children.get(id) ?? []).reduce((s, c) => s + total(c), 0);
  return rows.map(({ ownCount: _own, ...r }) => ({ ...r, productCount: total(r.id) }));
}

export async function listBrands(db: Db): Promise<BrandDto[]> {
  return db
    .select({
      id: brands.id,
      slug: brands.slug,
      name: brands.name,
      country: brands.country,
      description: brands.description,
      productCount: sql<number>`(select count(*) from ${products} p where p.brand_id = ${outer.brandId} and p.published and p.deleted_at is null)::int`,
    })
    .from(brands)
    .orderBy(asc(brands.name));
}

export type ProductDetail = ProductDetailDto & { categoryId: number };

export async function getProductBySlug(db: Db, slug: string): Promise<ProductDetail | null> {
  const [row] = await db
    .select({
      id: products.id,
      slug: products.slug,
      name: products.name,
      shortDescription: products.shortDescription,
      description: products.description,
      specs: products.specs,
      seoTitle: products.seoTitle,
      seoDescription: products.seoDescription,
      categoryId: products.categoryId,
      updatedAt: products.updatedAt,
      brandSlug: brands.slug,
      brandName: brands.name,
    })
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .where(and(visible, eq(products.slug, slug)))
    .limit(1);
  if (!row) return null;
  const [variantRows, imageRows, categoryRows] = await Promise.all([
    db
      .select({
        id: variants.id,
        sku: variants.sku,
        options: variants.options,
        price: variants.price,
        compareAtPrice: variants.compareAtPrice,
        stock: variants.stock,
      })
      .from(variants)
      .where(and(eq(variants.productId, row.id), eq(variants.active, true)))
      .orderBy(asc(variants.position), asc(variants.id)),
    db
      .select({
        src: productImages.src,
        alt: productImages.alt,
        width: productImages.width,
        height: productImages.height,
      })
      .from(productImages)
      .where(eq(productImages.productId, row.id))
      .orderBy(asc(productImages.position), asc(productImages.id)),
    db
      .select({ id: categories.id, slug: categories.slug, name: categories.name, parentId: categories.parentId })
      .from(categories),
  ]);
  const byId = new Map(categoryRows.map((c) => [c.id, c]));
  const categoryPath: ProductDetailDto['categoryPath'] = [];
  for (
    let c = byId.get(row.categoryId);
    c && categoryPath.length < 10;
    c = c.parentId ? byId.get(c.parentId) : undefined
  ) {
    categoryPath.unshift({ id: c.id, slug: c.slug, name: c.name });
  }
  const { brandSlug, brandName, updatedAt, ...rest } = row;
  return {
    ...rest,
    brand: { slug: brandSlug, name: brandName },
    categoryPath,
    variants: variantRows,
    images: imageRows,
    updatedAt: updatedAt.toISOString(),
  };
}

/** Filters a listing can offer within one category or brand: brands, spec values and the price span. */
export async function getFacets(
  db: Db,
  scope: { category?: string; brand?: string },
  specKeys: string[],
): Promise<Facets> {
  const where: SQL[] = [visible];
  if (scope.category) where.push(inCategoryTree(scope.category));
  if (scope.brand) where.push(sql`${products.brandId} = (select id from ${brands} where slug = ${scope.brand})`);
  const condition = and(...where);
  const specValue = sql<string>`e.value`;
  const specKey = sql<string>`e.key`;
  const [brandRows, specRowsResult, priceRows] = await Promise.all([
    db
      .select({ slug: brands.slug, name: brands.name, count: sql<number>`count(*)::int` })
      .from(products)
      .innerJoin(brands, eq(brands.id, products.brandId))
      .where(condition)
      .groupBy(brands.slug, brands.name)
      .orderBy(asc(brands.name)),
    specKeys.length === 0
      ? Promise.resolve([])
      : db
          .select({ key: specKey, value: specValue, count: sql<number>`count(*)::int` })
          .from(products)
          .innerJoin(sql`lateral jsonb_each_text(${products.specs}) e`, sql`true`)
          .where(and(condition, inArray(specKey, specKeys)))
          .groupBy(specKey, specValue)
          .orderBy(specKey, specValue),
    db
      .select({
        min: sql<number | null>`min(${products.priceMin})`,
        max: sql<number | null>`max(${products.priceMin})`,
      })
      .from(products)
      .where(condition),
  ]);
  const specs = specKeys
    .map((key) => ({
      key,
      values: specRowsResult.filter((r) => r.key === key).map((r) => ({ value: r.value, count: r.count })),
    }))
    .filter((s) => s.values.length > 0);
  const p = priceRows[0];
  return {
    brands: brandRows,
    specs,
    price: p && p.min !== null && p.max !== null ? { min: Number(p.min), max: Number(p.max) } : null,
  };
}

export async function countSitemapProducts(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(products).where(visible);
  return row?.n ?? 0;
}

export async function listSitemapProducts(db: Db, offset: number, limit: number): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: products.slug, updatedAt: products.updatedAt })
    .from(products)
    .where(visible)
    .orderBy(asc(products.id))
    .limit(limit)
    .offset(offset);
  return rows.map((r) => ({ path: `/san-pham/${r.slug}`, updatedAt: r.updatedAt.toISOString() }));
}

export async function listSitemapTaxonomy(db: Db): Promise<SitemapEntry[]> {
  const [cats, brandRows] = await Promise.all([
    db.select({ slug: categories.slug, updatedAt: categories.updatedAt }).from(categories),
    db.select({ slug: brands.slug, updatedAt: brands.updatedAt }).from(brands),
  ]);
  return [
    ...cats.map((c) => ({ path: `/danh-muc/${c.slug}`, updatedAt: c.updatedAt.toISOString() })),
    ...brandRows.map((b) => ({ path: `/thuong-hieu/${b.slug}`, updatedAt: b.updatedAt.toISOString() })),
  ];
}
