import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { brands, categories, products, variants } from '@/db/schema';
import { getFacets, getProductBySlug, listCategories, listProducts } from '@/lib/catalog/queries';
import { type ListingQuery, MAX_PAGE } from '@/lib/catalog/listing-query';
import { connectTestDatabase } from '../support/test-database';

// Filters, sorting and paging of the listing, checked against what the database holds.

const databaseUrl = inject('databaseUrl');
const base: ListingQuery = { sort: 'newest', page: 1, limit: 24, specs: {} };

describe.skipIf(!databaseUrl)('catalog listing on PostgreSQL', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(() => conn.close());

  it('a parent category lists the products of all its sub-categories', async () => {
    const cats = await listCategories(conn.db);
    const parent = cats.find((c) => cats.some((child) => child.parentId === c.id));
    expect(parent).toBeDefined();
    const result = await listProducts(conn.db, { ...base, category: parent?.slug, limit: 60 });
    expect(result.total).toBe(parent?.productCount);
    expect(result.total).toBeGreaterThan(0);
  });

  it('filters by brand, price range and stock, and every item satisfies them', async () => {
    const [brand] = await conn.db.select({ slug: brands.slug, name: brands.name }).from(brands).limit(1);
    const result = await listProducts(conn.db, {
      ...base,
      brand: [brand?.slug ?? ''],
      minPrice: 1_000_000,
      maxPrice: 30_000_000,
      inStock: true,
      limit: 60,
    });
    expect(result.total).toBeGreaterThan(0);
    for (const item of result.items) {
      expect(item.brand.slug).toBe(brand?.slug);
      expect(item.price).toBeGreaterThanOrEqual(1_000_000);
      expect(item.price).toBeLessThanOrEqual(30_000_000);
      expect(item.inStock).toBe(true);
    }
    const [{ n } = { n: 0 }] = await conn.db
      .select({ n: sql<number>`count(*)::int` })
      .from(products)
      .innerJoin(brands, eq(brands.id, products.brandId))
      .where(
        and(
          eq(brands.slug, brand?.slug ?? ''),
          sql`${products.priceMin} between 1000000 and 30000000`,
          sql`exists (select 1 from ${variants} v where v.product_id = ${products.id} and v.stock > 0 and v.active)`,
          eq(products.published, true),
        ),
      );
    expect(result.total).toBe(n);
  });

  it('in-stock filter leaves out products whose variants are all sold out', async () => {
    const all = await listProducts(conn.db, { ...base, limit: 60, page: 1 });
    const inStock = await listProducts(conn.db, { ...base, limit: 60, inStock: true });
    expect(inStock.total).toBeLessThan(all.total);
  });

  it('filters by a spec value offered in the facets', async () => {
    const cats = await listCategories(conn.db);
    const cat = cats.find((c) => c.filterSpecs.length > 0 && c.productCount > 0);
    const facets = await getFacets(conn.db, { category: cat?.slug }, cat?.filterSpecs ?? []);
    const spec = facets.specs[0];
    const value = spec?.values[0];
    expect(value).toBeDefined();
    const result = await listProducts(conn.db, {
      ...base,
      category: cat?.slug,
      specs: { [spec?.key ?? '']: value?.value ?? '' },
      limit: 60,
    });
    expect(result.total).toBe(value?.count);
    for (const item of result.items) {
      const detail = await getProductBySlug(conn.db, item.slug);
      expect(detail?.specs[spec?.key ?? '']).toBe(value?.value);
    }
  });

  it('sorts by price both ways, by best-selling and by newest', async () => {
    const up = await listProducts(conn.db, { ...base, sort: 'price-asc', limit: 60 });
    const prices = up.items.map((p) => p.price);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const down = await listProducts(conn.db, { ...base, sort: 'price-desc', limit: 60 });
    const downPrices = down.items.map((p) => p.price);
    expect(downPrices).toEqual([...downPrices].sort((a, b) => b - a));
    expect(downPrices[0]).toBeGreaterThan(prices[0] ?? 0);
    const sold = await listProducts(conn.db, { ...base, sort: 'best-selling', limit: 10 });
    const soldCounts = await Promise.all(
      sold.items.map(async (p) => {
        const [row] = await conn.db.select({ s: products.soldCount }).from(products).where(eq(products.id, p.id));
        return row?.s ?? 0;
      }),
    );
    expect(soldCounts).toEqual([...soldCounts].sort((a, b) => b - a));
  });

  it('pages without overlap and with a stable total', async () => {
    const page1 = await listProducts(conn.db, { ...base, sort: 'price-asc', page: 1, limit: 20 });
    const page2 = await listProducts(conn.db, { ...base, sort: 'price-asc', page: 2, limit: 20 });
    expect(page1.total).toBe(page2.total);
    expect(page1.items).toHaveLength(20);
    const ids1 = new Set(page1.items.map((p) => p.id));
    expect(page2.items.some((p) => ids1.has(p.id))).toBe(false);
    expect(page2.items[0]?.price ?? 0).toBeGreaterThanOrEqual(page1.items[19]?.price ?? 0);
    const beyond = await listProducts(conn.db, { ...base, page: 500, limit: 60 });
    expect(beyond.items).toEqual([]);
    expect(beyond.total).toBe(page1.total);
  });

  it('hides unpublished products from listings and product lookups', async () => {
    // Its own product, so that no other test sees the change.
    const [template] = await conn.db.select().from(products).limit(1);
    const word = `zq${Date.now().toString(36)}`; // a word no other product has
    const slug = `an-test-${word}`;
    const [created] = await conn.db
      .insert(products)
      .values({
        slug,
        name: `Loa thử nghiệm ẩn hiện ${word}`,
        brandId: template?.brandId ?? 0,
        categoryId: template?.categoryId ?? 0,
        published: true,
        priceMin: 1_000_000,
      })
      .returning({ id: products.id });
    await conn.db
      .insert(variants)
      .values({ productId: created?.id ?? 0, sku: `${slug}-1`, price: 1_000_000, stock: 3 });
    try {
      expect((await getProductBySlug(conn.db, slug))?.variants).toHaveLength(1);
      expect((await listProducts(conn.db, { ...base, q: `loa an hien ${word}` })).total).toBe(1);
      await conn.db
        .update(products)
        .set({ published: false })
        .where(eq(products.id, created?.id ?? 0));
      expect(await getProductBySlug(conn.db, slug)).toBeNull();
      const after = await listProducts(conn.db, { ...base, q: `loa an hien ${word}` });
      expect(after.items.some((p) => p.id === created?.id)).toBe(false);
    } finally {
      await conn.db.delete(products).where(eq(products.id, created?.id ?? 0));
    }
  });

  it('keeps the product, brand and filter counters equal to a count of the catalog through every kind of write', async () => {
    const [template] = await conn.db.select().from(products).limit(1);
    const cats = await conn.db.select({ id: categories.id }).from(categories);
    const other = cats.find((c) => c.id !== template?.categoryId)?.id ?? 0;
    const word = `zc${Date.now().toString(36)}`;
    // Every counter against a fresh count, in one statement (one snapshot: other files write meanwhile).
    const mismatches = async () => {
      const [row] = await conn.db
        .select({
          n: sql<number>`(
          (select count(*) from categories c where c.product_count <> (select count(*) from products p
             where p.category_id = c.id and p.published and p.deleted_at is null))
          + (select count(*) from brands b where b.product_count <> (select count(*) from products p
             where p.brand_id = b.id and p.published and p.deleted_at is null))
          + (select count(*) from (
               select category_id, brand_id, count(*) n from products where published and deleted_at is null group by 1, 2
             ) f full join (select * from category_brand_counts where product_count <> 0) k
               using (category_id, brand_id) where f.n is distinct from k.product_count)
          + (select count(*) from (
               select category_id, e.key, e.value, count(*) n from products, jsonb_each_text(specs) e
               where published and deleted_at is null group by 1, 2, 3
             ) f full join (select * from category_spec_counts where product_count <> 0) k
               using (category_id, key, value) where f.n is distinct from k.product_count)
        )::int`,
        })
        .from(sql`(select 1) one`);
      return row?.n;
    };
    expect(await mismatches()).toBe(0);
    const [created] = await conn.db
      .insert(products)
      .values({
        slug: `dem-${word}`,
        name: `Sản phẩm đếm ${word}`,
        brandId: template?.brandId ?? 0,
        categoryId: template?.categoryId ?? 0,
        specs: { connectivity: `Kiểu ${word}` },
        published: true,
      })
      .returning({ id: products.id });
    const id = created?.id ?? 0;
    try {
      expect(await mismatches()).toBe(0);
      const facets = await getFacets(conn.db, { category: (await categorySlug(template?.categoryId)) ?? '' }, [
        'connectivity',
      ]);
      expect(facets.specs[0]?.values.find((v) => v.value === `Kiểu ${word}`)?.count).toBe(1);
      await conn.db.update(products).set({ categoryId: other }).where(eq(products.id, id));
      expect(await mismatches()).toBe(0);
      await conn.db
        .update(products)
        .set({ specs: { connectivity: 'Khác' } })
        .where(eq(products.id, id));
      expect(await mismatches()).toBe(0);
      await conn.db.update(products).set({ published: false }).where(eq(products.id, id));
      expect(await mismatches()).toBe(0);
      await conn.db.update(products).set({ published: true, deletedAt: new Date() }).where(eq(products.id, id));
      expect(await mismatches()).toBe(0);
      await conn.db.update(products).set({ deletedAt: null, soldCount: 5 }).where(eq(products.id, id));
      expect(await mismatches()).toBe(0);
    } finally {
      await conn.db.delete(products).where(eq(products.id, id));
    }
    expect(await mismatches()).toBe(0);
  });

  it('reports a kept total exactly, past what pages reach; a counted (filtered) total stops at the page cap', async () => {
    const all = await listProducts(conn.db, { ...base, limit: 1 });
    expect(all.total).toBeGreaterThan(MAX_PAGE);
    expect(all.totalCapped).toBe(false);
    const filtered = await listProducts(conn.db, { ...base, limit: 1, minPrice: 0 });
    expect(filtered.total).toBe(MAX_PAGE);
    expect(filtered.totalCapped).toBe(true);
  });

  async function categorySlug(id: number | undefined) {
    const [row] = await conn.db
      .select({ slug: categories.slug })
      .from(categories)
      .where(eq(categories.id, id ?? 0));
    return row?.slug;
  }
});
