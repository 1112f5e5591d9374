import 'server-only';
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import {
  brands,
  categories,
  categoryBrandCounts,
  categorySpecCounts,
  productImages,
  products,
  variants,
} from '@/db/schema';
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
import { type ListingQuery, MAX_PAGE } from './listing-query';
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

/**
 * What a listing needs to know about the taxonomy: category ids by subtree, brand ids and the kept product
 * counts. Resolved in the application from the (cached) category and brand lists, so that statements filter
 * on plain id lists the planner can estimate, instead of a recursive subquery per statement.
 */
export type Taxonomy = {
  categories: Pick<CategoryDto, 'id' | 'slug' | 'parentId' | 'productCount'>[];
  brands: Pick<BrandDto, 'id' | 'slug' | 'productCount'>[];
};

export async function loadTaxonomy(db: Db): Promise<Taxonomy> {
  const [cats, brandRows] = await Promise.all([
    db
      .select({
        id: categories.id,
        slug: categories.slug,
        parentId: categories.parentId,
        productCount: categories.productCount,
      })
      .from(categories),
    db.select({ id: brands.id, slug: brands.slug, productCount: brands.productCount }).from(brands),
  ]);
  return { categories: cats, brands: brandRows };
}

/** The ids of a category and all its descendants; [] for an unknown slug. */
export function categorySubtree(taxonomy: Taxonomy, slug: string): number[] {
  const root = taxonomy.categories.find((c) => c.slug === slug);
  if (!root) return [];
  const out = [root.id];
  for (let i = 0; i < out.length && out.length <= taxonomy.categories.length; i++) {
    for (const c of taxonomy.categories) if (c.parentId === out[i]) out.push(c.id);
  }
  return out;
}

/** Kept count of a category's subtree (the parent counts its children's products). */
function subtreeCount(taxonomy: Taxonomy, ids: number[]): number {
  const wanted = new Set(ids);
  return taxonomy.categories.reduce((sum, c) => sum + (wanted.has(c.id) ? c.productCount : 0), 0);
}

/** Never matches: an unknown category or brand in a filter. */
const nothing = sql`false`;

function filterConditions(query: ListingQuery, taxonomy: Taxonomy): SQL[] {
  const where: SQL[] = [visible];
  if (query.category) {
    const ids = categorySubtree(taxonomy, query.category);
    where.push(ids.length > 0 ? inArray(products.categoryId, ids) : nothing);
  }
  if (query.brand?.length) {
    const wanted = new Set(query.brand);
    const ids = taxonomy.brands.filter((b) => wanted.has(b.slug)).map((b) => b.id);
    where.push(ids.length > 0 ? inArray(products.brandId, ids) : nothing);
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

/**
 * The total of a listing without filters beyond its category or brand (or of the whole catalog), from the
 * kept counters; null when the query filters further and the total has to be counted.
 */
function keptTotal(query: ListingQuery, taxonomy: Taxonomy): number | null {
  const filtered =
    query.q !== undefined ||
    query.minPrice !== undefined ||
    query.maxPrice !== undefined ||
    query.inStock ||
    Object.keys(query.specs).length > 0 ||
    (query.brand?.length ?? 0) > 1 ||
    (query.category !== undefined && (query.brand?.length ?? 0) > 0);
  if (filtered) return null;
  if (query.category) return subtreeCount(taxonomy, categorySubtree(taxonomy, query.category));
  const brandSlug = query.brand?.[0];
  if (brandSlug) return taxonomy.brands.find((b) => b.slug === brandSlug)?.productCount ?? 0;
  return taxonomy.brands.reduce((sum, b) => sum + b.productCount, 0);
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

/**
 * A listing's total is counted up to MAX_RESULTS + 1 rows, never over the whole catalog: past that the page
 * says "more than" (pages end at MAX_PAGE anyway).
 */
export function maxResults(limit: number): number {
  return MAX_PAGE * limit;
}

/** The cards of the given products, in the given order (one statement, by primary key). */
async function cardsByIds(db: Db, ids: number[]): Promise<ProductCardDto[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select(cardColumns)
    .from(products)
    .innerJoin(brands, eq(brands.id, products.brandId))
    .where(inArray(products.id, ids));
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return ids.map((id) => byId.get(id)).filter((c): c is ProductCardDto => c !== undefined);
}

/**
 * Relevance ranks the RELEVANCE_POOL best-selling matches, not every match: ranking is computed per row, and
 * a common word ("tai nghe") matches a quarter of the catalog. Past the pool, shoppers sort or filter.
 */
const RELEVANCE_POOL = 240;

async function rankedIds(db: Db, condition: SQL | undefined, rank: SQL, limit: number, offset: number) {
  const pool = db
    .select({ id: products.id, sold: products.soldCount, rank: sql<number>`${rank}`.as('rank') })
    .from(products)
    .where(condition)
    .orderBy(desc(products.soldCount), desc(products.id))
    .limit(RELEVANCE_POOL)
    .as('pool');
  return db
    .select({ id: pool.id })
    .from(pool)
    .orderBy(desc(pool.rank), desc(pool.sold), desc(pool.id))
    .limit(limit)
    .offset(offset);
}

type Page = { items: ProductCardDto[]; total: number; totalCapped: boolean };

async function runListing(
  db: Db,
  query: ListingQuery,
  where: SQL[],
  rank: SQL | null,
  kept: number | null,
): Promise<Page> {
  const condition = and(...where);
  const ranked = rank !== null && query.sort === 'relevance';
  const cap = ranked ? RELEVANCE_POOL : maxResults(query.limit);
  const offset = (query.page - 1) * query.limit;
  // The page's ids first (only the sort key and the filters are read), then the cards of those ids: card
  // fields (first image, compare-at price, stock) are looked up for the rows shown, not the rows skipped.
  const idRows = ranked
    ? await rankedIds(db, condition, rank, query.limit, offset)
    : await db
        .select({ id: products.id })
        .from(products)
        .where(condition)
        .orderBy(...sortOrder(query, rank))
        .limit(query.limit)
        .offset(offset);
  const ids = idRows.map((r) => r.id);
  let total: number;
  if (kept !== null) total = kept;
  else if (query.page === 1 && ids.length < query.limit) total = ids.length;
  else {
    const limited = db
      .select({ one: sql`1` })
      .from(products)
      .where(condition)
      .limit(cap + 1)
      .as('limited');
    const [row] = await db.select({ n: count() }).from(limited);
    total = row?.n ?? 0;
  }
  const items = await cardsByIds(db, ids);
  // A kept total is exact whatever its size; a counted one stops at the cap.
  if (kept !== null) return { items, total, totalCapped: false };
  return { items, total: Math.min(total, cap), totalCapped: total > cap };
}

/**
 * Listing, filtering and search in one: full-text search over the accent-folded document first;
 * when it finds nothing, trigram word similarity catches typos ("sennhiser" -> Sennheiser).
 * `taxonomy`: the category and brand lists (lib/catalog/cached.ts passes its cached ones); read when absent.
 */
export async function listProducts(db: Db, query: ListingQuery, taxonomy?: Taxonomy): Promise<ListingResult> {
  const tax = taxonomy ?? (await loadTaxonomy(db));
  const base = filterConditions(query, tax);
  const page = { page: query.page, limit: query.limit };
  if (query.q === undefined) {
    return { ...(await runListing(db, query, base, null, keptTotal(query, tax))), ...page, fuzzy: false };
  }

  const tokens = searchTokens(query.q);
  const tsq = toTsQuery(tokens);
  if (!tsq) return { items: [], total: 0, totalCapped: false, ...page, fuzzy: false };

  const tsQuery = sql`to_tsquery('simple', ${tsq})`;
  const exact = await runListing(
    db,
    query,
    [...base, sql`${products.searchVector} @@ ${tsQuery}`],
    sql`ts_rank_cd(${products.searchVector}, ${tsQuery})`,
    null,
  );
  if (exact.total > 0 || query.page > 1) return { ...exact, ...page, fuzzy: false };

  const folded = tokens.join(' ');
  const fuzzy = await runListing(
    db,
    query,
    [...base, sql`${folded} <% ${products.searchText}`],
    sql`word_similarity(${folded}, ${products.searchText})`,
    null,
  );
  return { ...fuzzy, ...page, fuzzy: fuzzy.total > 0 };
}

/** As-you-type suggestions: the last word may be unfinished; typos fall back to trigrams. */
export async function suggestProducts(db: Db, q: string, limit = 8): Promise<SuggestionDto[]> {
  const tokens = searchTokens(q);
  const tsq = toTsQuery(tokens, true);
  if (!tsq) return [];
  // Like the search page, ranks a pool of the best-selling matches rather than every match.
  const pick = async (match: SQL, rank: SQL) => {
    const pool = db
      .select({ id: products.id, sold: products.soldCount, rank: sql<number>`${rank}`.as('rank') })
      .from(products)
      .where(and(visible, match))
      .orderBy(desc(products.soldCount), desc(products.id))
      .limit(SUGGESTION_POOL)
      .as('pool');
    const ids = await db
      .select({ id: pool.id })
      .from(pool)
      .orderBy(desc(pool.rank), desc(pool.sold), desc(pool.id))
      .limit(limit);
    if (ids.length === 0) return [];
    const rows = await db
      .select({
        id: products.id,
        slug: products.slug,
        name: products.name,
        price: products.priceMin,
        image: cardColumns.image,
      })
      .from(products)
      .where(
        inArray(
          products.id,
          ids.map((r) => r.id),
        ),
      );
    const byId = new Map(rows.map(({ id, ...r }) => [id, r]));
    return ids.map((r) => byId.get(r.id)).filter((r): r is SuggestionDto => r !== undefined);
  };
  const tsQuery = sql`to_tsquery('simple', ${tsq})`;
  const found = await pick(
    sql`${products.searchVector} @@ ${tsQuery}`,
    sql`ts_rank_cd(${products.searchVector}, ${tsQuery})`,
  );
  if (found.length > 0) return found;
  const folded = tokens.join(' ');
  return pick(sql`${folded} <% ${products.searchText}`, sql`word_similarity(${folded}, ${products.searchText})`);
}

const SUGGESTION_POOL = 64;

export type HomeSection = 'featured' | 'newest' | 'best-selling';

export async function listHomeProducts(db: Db, section: HomeSection, limit = 8): Promise<ProductCardDto[]> {
  const base = db.select({ id: products.id }).from(products);
  const rows =
    section === 'featured'
      ? await base
          .where(and(visible, eq(products.featured, true)))
          .orderBy(desc(products.soldCount), desc(products.id))
          .limit(limit)
      : section === 'newest'
        ? await base.where(visible).orderBy(desc(products.createdAt), desc(products.id)).limit(limit)
        : await base.where(visible).orderBy(desc(products.soldCount), desc(products.id)).limit(limit);
  return cardsByIds(
    db,
    rows.map((r) => r.id),
  );
}

export async function listRelatedProducts(
  db: Db,
  product: { id: number; categoryId: number },
  limit = 8,
): Promise<ProductCardDto[]> {
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(and(visible, eq(products.categoryId, product.categoryId), ne(products.id, product.id)))
    .orderBy(desc(products.soldCount), desc(products.id))
    .limit(limit);
  return cardsByIds(
    db,
    rows.map((r) => r.id),
  );
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
      ownCount: categories.productCount,
    })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
  // A parent counts the products of its whole subtree.
  const children = new Map<number, number[]>();
  for (const r of rows) if (r.parentId !== null) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  const own = new Map(rows.map((r) => [r.id, r.ownCount]));
  const total = (id: number, depth = 0): number =>
    (own.get(id) ?? 0) + (depth > 10 ? 0 : (children.get(id) ?? []).reduce((s, c) => s + total(c, depth + 1), 0));
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
      productCount: brands.productCount,
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

/**
 * Filters a listing can offer within one category or brand: brands, spec values and the price span. Brand
 * and spec counts come from the kept counters (category_brand_counts, category_spec_counts); the price span
 * is the first and last entry of a (category, price) or (brand, price) index per category.
 */
export async function getFacets(
  db: Db,
  scope: { category?: string; brand?: string },
  specKeys: string[],
  taxonomy?: Taxonomy,
): Promise<Facets> {
  const tax = taxonomy ?? (await loadTaxonomy(db));
  const categoryIds = scope.category ? categorySubtree(tax, scope.category) : null;
  const brandId = scope.brand ? (tax.brands.find((b) => b.slug === scope.brand)?.id ?? null) : null;
  if ((categoryIds && categoryIds.length === 0) || (scope.brand && brandId === null)) {
    return { brands: [], specs: [], price: null };
  }
  const priceOf = (column: SQL, fn: 'min' | 'max') => sql`(select ${sql.raw(fn)}(p.price_min) from ${products} p
    where ${column} and p.published and p.deleted_at is null)`;

  const brandFacet = async (): Promise<Facets['brands']> => {
    if (!categoryIds) {
      return db
        .select({ slug: brands.slug, name: brands.name, count: brands.productCount })
        .from(brands)
        .where(and(gt(brands.productCount, 0), brandId === null ? undefined : eq(brands.id, brandId)))
        .orderBy(asc(brands.name));
    }
    const n = sql<number>`sum(${categoryBrandCounts.productCount})::int`;
    return db
      .select({ slug: brands.slug, name: brands.name, count: n })
      .from(categoryBrandCounts)
      .innerJoin(brands, eq(brands.id, categoryBrandCounts.brandId))
      .where(
        and(
          inArray(categoryBrandCounts.categoryId, categoryIds),
          brandId === null ? undefined : eq(categoryBrandCounts.brandId, brandId),
        ),
      )
      .groupBy(brands.slug, brands.name)
      .having(sql`${n} > 0`)
      .orderBy(asc(brands.name));
  };

  const specFacet = async (): Promise<Array<{ key: string; value: string; count: number }>> => {
    if (specKeys.length === 0) return [];
    if (categoryIds && brandId === null) {
      const n = sql<number>`sum(${categorySpecCounts.productCount})::int`;
      return db
        .select({ key: categorySpecCounts.key, value: categorySpecCounts.value, count: n })
        .from(categorySpecCounts)
        .where(and(inArray(categorySpecCounts.categoryId, categoryIds), inArray(categorySpecCounts.key, specKeys)))
        .groupBy(categorySpecCounts.key, categorySpecCounts.value)
        .having(sql`${n} > 0`)
        .orderBy(categorySpecCounts.key, categorySpecCounts.value);
    }
    // Spec filters outside a category (no listing asks for them today): counted over the scope's products.
    const where: SQL[] = [visible];
    if (categoryIds) where.push(inArray(products.categoryId, categoryIds));
    if (brandId !== null) where.push(eq(products.brandId, brandId));
    const specValue = sql<string>`e.value`;
    const specKey = sql<string>`e.key`;
    return db
      .select({ key: specKey, value: specValue, count: sql<number>`count(*)::int` })
      .from(products)
      .innerJoin(sql`lateral jsonb_each_text(${products.specs}) e`, sql`true`)
      .where(and(...where, inArray(specKey, specKeys)))
      .groupBy(specKey, specValue)
      .orderBy(specKey, specValue);
  };

  const priceFacet = async (): Promise<{ min: number | null; max: number | null } | undefined> => {
    if (categoryIds) {
      // One index lookup at each end per category of the subtree (a brand inside a category walks it).
      const brandCond = brandId === null ? sql`true` : sql`p.brand_id = ${brandId}`;
      const lo = sql`(select min(p.price_min) from ${products} p where p.category_id = c.id and ${brandCond} and p.published and p.deleted_at is null)`;
      const hi = sql`(select max(p.price_min) from ${products} p where p.category_id = c.id and ${brandCond} and p.published and p.deleted_at is null)`;
      const [row] = await db.select({ min: sql<number | null>`min(t.lo)`, max: sql<number | null>`max(t.hi)` }).from(
        db
          .select({ lo: sql`${lo}`.as('lo'), hi: sql`${hi}`.as('hi') })
          .from(sql`${categories} c`)
          .where(sql`c.id in ${categoryIds}`)
          .as('t'),
      );
      return row;
    }
    const column = brandId === null ? sql`true` : sql`p.brand_id = ${brandId}`;
    const [row] = await db
      .select({
        min: sql<number | null>`${priceOf(column, 'min')}`,
        max: sql<number | null>`${priceOf(column, 'max')}`,
      })
      .from(sql`(select 1) one`);
    return row;
  };

  const [brandRows, specRows, p] = await Promise.all([brandFacet(), specFacet(), priceFacet()]);
  const specs = specKeys
    .map((key) => ({
      key,
      values: specRows.filter((r) => r.key === key).map((r) => ({ value: r.value, count: r.count })),
    }))
    .filter((s) => s.values.length > 0);
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

/**
 * Products of one sitemap file: file N holds the visible products with ids in (N × size, (N + 1) × size], so a
 * file is read by an id range (at most `size` rows, whatever N), not by skipping N × size rows.
 */
export async function listSitemapProducts(db: Db, file: number, size: number): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: products.slug, updatedAt: products.updatedAt })
    .from(products)
    .where(and(visible, gt(products.id, file * size), lte(products.id, (file + 1) * size)))
    .orderBy(asc(products.id));
  return rows.map((r) => ({ path: `/san-pham/${r.slug}`, updatedAt: r.updatedAt.toISOString() }));
}

/** The sitemap files that hold at least one visible product (see listSitemapProducts). */
export async function listSitemapProductFiles(db: Db, size: number): Promise<number[]> {
  // The size inlined (an integer from code, not input): GROUP BY must see the very expression of the SELECT.
  const file = sql<number>`((${products.id} - 1) / ${sql.raw(String(Math.max(1, Math.trunc(size))))})::int`;
  const rows = await db.select({ file }).from(products).where(visible).groupBy(file).orderBy(file);
  return rows.map((r) => r.file);
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
