import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLog, brands, categories, inventoryLedger, productImages, products, users, variants } from '@/db/schema';
import { buildDemoProducts } from '@/db/seed/demo-data';
import { getProductBySlug, listProducts } from '@/lib/catalog/queries';
import { createBrand, deleteBrand, updateBrand } from '@/lib/catalog-admin/brands';
import { createCategory, deleteCategory, updateCategory } from '@/lib/catalog-admin/categories';
import {
  addProductImage,
  deleteProductImage,
  reorderProductImages,
  updateProductImageAlt,
} from '@/lib/catalog-admin/images';
import { listAdminProducts } from '@/lib/catalog-admin/product-queries';
import { changeProductStatus } from '@/lib/catalog-admin/product-status';
import { createProduct, updateProduct } from '@/lib/catalog-admin/products';
import {
  brandInputSchema,
  categoryInputSchema,
  type ProductInput,
  productInputSchema,
} from '@/lib/catalog-admin/schemas';
import { loadTaxonomy, productSearchKeywords } from '@/lib/catalog-admin/taxonomy';
import { connectTestDatabase } from '../support/test-database';

// The admin catalog against real PostgreSQL: what a save writes (rows, derived columns, ledger, audit),
// what it refuses (taken slugs and SKUs, cycles, deletions that would orphan products) and which cache
// tags it reports. Each test makes its own category, brand and products (sorted last, so the storefront
// tests running beside these never pick them).

const databaseUrl = inject('databaseUrl');

let seq = 0;
const unique = () => `${Date.now().toString(36)}${process.pid}${(seq++).toString(36)}`;

describe.skipIf(!databaseUrl)('admin catalog on PostgreSQL', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let actor: { id: number; email: string };
  let parentCat: { id: number; slug: string };
  let cat: { id: number; slug: string };
  let otherCat: { id: number; slug: string };
  let brand: { id: number; slug: string; name: string };
  let otherBrand: { id: number; slug: string; name: string };

  const db = () => conn.db;

  async function makeCategory(name: string, parentId: number | null = null) {
    const r = await createCategory(
      db(),
      actor,
      categoryInputSchema.parse({ name, parentId: parentId ?? '', sortOrder: '9000', keywords: `tukhoa${unique()}` }),
    );
    if (!r.ok) throw new Error(r.message);
    const [row] = await db().select().from(categories).where(eq(categories.id, r.id));
    if (!row) throw new Error('category missing');
    return row;
  }

  async function makeBrand(name: string) {
    const r = await createBrand(db(), actor, brandInputSchema.parse({ name }));
    if (!r.ok) throw new Error(r.message);
    const [row] = await db().select().from(brands).where(eq(brands.id, r.id));
    if (!row) throw new Error('brand missing');
    return row;
  }

  function productForm(extra: Record<string, unknown> = {}): ProductInput {
    const id = unique();
    return productInputSchema.parse({
      name: `Loa thử Tài Lộc ${id}`,
      categoryId: String(cat.id),
      brandId: String(brand.id),
      shortDescription: 'Loa nhỏ gọn.',
      specs: [{ key: 'power', value: '20 W' }],
      variants: [
        {
          sku: `adm-${id}-den`,
          options: [{ name: 'Màu sắc', value: 'Đen' }],
          price: '1.290.000',
          compareAtPrice: '1.490.000',
          initialStock: '7',
          active: 'on',
        },
        { sku: `ADM-${id}-TRANG`, options: [{ name: 'Màu sắc', value: 'Trắng' }], price: '990000', active: 'on' },
      ],
      ...extra,
    });
  }

  async function create(extra: Record<string, unknown> = {}) {
    const input = productForm(extra);
    const r = await createProduct(db(), actor, input);
    if (!r.ok) throw new Error(`${r.message} ${JSON.stringify(r.fieldErrors)}`);
    return { ...r, input };
  }

  const auditOf = (entityType: string, entityId: number) =>
    db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, String(entityId))))
      .orderBy(asc(auditLog.id));

  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    const [user] = await db()
      .insert(users)
      .values({ email: `catalog-admin-${unique()}@example.vn`, name: 'Nhân viên thử', role: 'staff' })
      .returning();
    if (!user) throw new Error('no user');
    actor = { id: user.id, email: user.email };
    parentCat = await makeCategory(`Nhóm thử ${unique()}`);
    cat = await makeCategory(`Loa thử nghiệm ${unique()}`, parentCat.id);
    otherCat = await makeCategory(`Tai nghe thử ${unique()}`);
    brand = await makeBrand(`Hãng Thử ${unique()}`);
    otherBrand = await makeBrand(`Hãng Khác ${unique()}`);
  });
  afterAll(() => conn.close());

  it('creates a product: slug without diacritics, variants, derived columns, ledger row, audit entry, tags', async () => {
    const { id, slug, tags, input } = await create();
    expect(slug).toMatch(/^loa-thu-tai-loc-[a-z0-9]+$/);

    const [row] = await db().select().from(products).where(eq(products.id, id));
    expect(row).toMatchObject({ name: input.name, published: false, priceMin: 990_000, specs: { power: '20 W' } });
    const taxonomy = await loadTaxonomy(db());
    expect(row?.searchKeywords).toBe(productSearchKeywords(taxonomy, brand.id, cat.id));
    expect(row?.searchKeywords).toContain(brand.name);

    const vs = await db().select().from(variants).where(eq(variants.productId, id)).orderBy(asc(variants.position));
    expect(vs.map((v) => [v.sku, v.options, v.price, v.compareAtPrice, v.stock])).toEqual([
      [input.variants[0]?.sku, { 'Màu sắc': 'Đen' }, 1_290_000, 1_490_000, 7],
      [input.variants[1]?.sku, { 'Màu sắc': 'Trắng' }, 990_000, null, 0],
    ]);
    expect(vs[0]?.sku).toBe(vs[0]?.sku.toUpperCase());

    // Initial stock is a 'received' ledger row (none for the variant that starts at 0).
    const ledger = await db()
      .select()
      .from(inventoryLedger)
      .where(
        inArray(
          inventoryLedger.variantId,
          vs.map((v) => v.id),
        ),
      );
    expect(ledger).toHaveLength(1);
    expect(ledger[0]).toMatchObject({ variantId: vs[0]?.id, delta: 7, stockAfter: 7, reason: 'received' });
    expect(ledger[0]?.actor).toBe(`staff:${actor.email}`);

    const [entry] = await auditOf('product', id);
    expect(entry).toMatchObject({ action: 'product.create', actorId: actor.id, actorEmail: actor.email });
    expect(entry?.changes.name).toEqual({ before: null, after: input.name });
    expect(entry?.changes.variants?.after).toHaveLength(2);

    // Hidden: no listing shows it, only its page (a cached "not found" under the slug) is expired.
    expect(tags).toEqual([`product:${slug}`]);
    const shown = await changeProductStatus(db(), actor, id, 'publish');
    expect(shown.ok && shown.tags).toEqual(
      [
        'products',
        `product:${slug}`,
        `category:${cat.slug}`,
        `category:${parentCat.slug}`,
        `brand:${brand.slug}`,
      ].sort(),
    );
  });

  it('refuses a taken slug and a taken SKU with the field that is wrong, and writes nothing', async () => {
    const first = await create();
    const refusedForm = productForm({ slug: first.slug });
    const sameSlug = await createProduct(db(), actor, refusedForm);
    expect(sameSlug).toMatchObject({ ok: false, code: 'conflict' });
    if (sameSlug.ok) return;
    expect(sameSlug.fieldErrors?.slug).toContain(first.input.name);

    // A seeded SKU, typed in lower case: SKUs are compared upper-cased.
    const [seeded] = await db().select({ sku: variants.sku }).from(variants).orderBy(asc(variants.id)).limit(1);
    const freshSku = `ADM-${unique()}`.toUpperCase();
    const takenSku = await createProduct(
      db(),
      actor,
      productForm({
        variants: [
          { sku: freshSku, price: '100000', active: 'on' },
          { sku: seeded?.sku.toLowerCase(), price: '100000', active: 'on' },
        ],
      }),
    );
    expect(takenSku).toMatchObject({ ok: false, code: 'conflict' });
    if (takenSku.ok) return;
    expect(Object.keys(takenSku.fieldErrors ?? {})).toEqual(['variants.1.sku']);

    expect(await db().select().from(products).where(eq(products.name, refusedForm.name))).toHaveLength(0);
    expect(await db().select().from(variants).where(eq(variants.sku, freshSku))).toHaveLength(0);
  });

  it('edits a product: moves it, updates and adds variants, recomputes priceMin, audits only what changed', async () => {
    const created = await create({ published: 'on' });
    const vs = await db()
      .select()
      .from(variants)
      .where(eq(variants.productId, created.id))
      .orderBy(asc(variants.position));
    const [black, white] = vs;
    if (!black || !white) throw new Error('variants missing');
    const newSku = `ADM-${unique()}-DO`.toUpperCase();
    const input = productInputSchema.parse({
      name: `${created.input.name} (2026)`,
      slug: `${created.slug}-2026`,
      categoryId: String(otherCat.id),
      brandId: String(otherBrand.id),
      variants: [
        {
          id: String(black.id),
          sku: black.sku,
          options: [{ name: 'Màu sắc', value: 'Đen' }],
          price: '1.190.000',
          active: 'on',
        },
        // Stopping the cheapest variant raises the listing price.
        { id: String(white.id), sku: white.sku, options: [{ name: 'Màu sắc', value: 'Trắng' }], price: '990.000' },
        {
          sku: newSku,
          options: [{ name: 'Màu sắc', value: 'Đỏ' }],
          price: '1.250.000',
          initialStock: '3',
          active: 'on',
        },
      ],
    });
    const r = await updateProduct(db(), actor, created.id, input);
    expect(r).toMatchObject({ ok: true, slug: `${created.slug}-2026` });
    if (!r.ok) return;

    const [row] = await db().select().from(products).where(eq(products.id, created.id));
    expect(row).toMatchObject({ categoryId: otherCat.id, brandId: otherBrand.id, priceMin: 1_190_000, specs: {} });
    expect(row?.searchKeywords).toContain(otherBrand.name);
    const after = await db()
      .select()
      .from(variants)
      .where(eq(variants.productId, created.id))
      .orderBy(asc(variants.position));
    expect(after.map((v) => [v.sku, v.price, v.active, v.stock])).toEqual([
      [black.sku, 1_190_000, true, 7], // stock is not touched by an edit
      [white.sku, 990_000, false, 0],
      [newSku, 1_250_000, true, 3],
    ]);
    const ledger = await db()
      .select()
      .from(inventoryLedger)
      .where(eq(inventoryLedger.variantId, after[2]?.id ?? 0));
    expect(ledger.map((l) => [l.reason, l.delta])).toEqual([['received', 3]]);

    const entries = await auditOf('product', created.id);
    const update = entries.find((e) => e.action === 'product.update');
    expect(update?.changes.name).toEqual({ before: created.input.name, after: input.name });
    expect(update?.changes.brandId).toEqual({ before: brand.id, after: otherBrand.id });
    expect(update?.changes.shortDescription).toEqual({ before: 'Loa nhỏ gọn.', after: '' });
    expect(update?.changes.published).toBeUndefined();

    // Old and new page, category (with its parents) and brand listings.
    for (const tag of [
      `product:${created.slug}`,
      `product:${created.slug}-2026`,
      `category:${cat.slug}`,
      `category:${parentCat.slug}`,
      `category:${otherCat.slug}`,
      `brand:${brand.slug}`,
      `brand:${otherBrand.slug}`,
      'products',
    ]) {
      expect(r.tags).toContain(tag);
    }
  });

  it('refuses variant ids of another product and stopping every variant of a published product', async () => {
    const mine = await create({ published: 'on' });
    const other = await create();
    const [foreign] = await db().select().from(variants).where(eq(variants.productId, other.id));
    const form = productForm();
    const stolen = await updateProduct(db(), actor, mine.id, {
      ...form,
      variants: [{ ...form.variants[0], id: foreign?.id, sku: foreign?.sku ?? '' }] as ProductInput['variants'],
    });
    expect(stolen).toMatchObject({ ok: false, code: 'invalid' });

    const vs = await db().select().from(variants).where(eq(variants.productId, mine.id));
    const allOff = await updateProduct(db(), actor, mine.id, {
      ...mine.input,
      variants: vs.map((v) => ({
        ...mine.input.variants[0],
        id: v.id,
        sku: v.sku,
        active: false,
      })) as ProductInput['variants'],
    });
    expect(allOff).toMatchObject({ ok: false, code: 'invalid' });
    if (!allOff.ok) expect(allOff.fieldErrors?.variants).toBeDefined();
  });

  it('publishes, hides, soft-deletes and restores: the storefront follows, each step audited', async () => {
    const { id, slug } = await create();
    expect(await getProductBySlug(db(), slug)).toBeNull(); // created hidden

    expect(await changeProductStatus(db(), actor, id, 'publish')).toMatchObject({ ok: true });
    expect((await getProductBySlug(db(), slug))?.variants).toHaveLength(2);

    const deleted = await changeProductStatus(db(), actor, id, 'delete');
    expect(deleted).toMatchObject({ ok: true });
    if (deleted.ok) expect(deleted.tags).toContain(`product:${slug}`);
    expect(await getProductBySlug(db(), slug)).toBeNull();
    const [row] = await db().select().from(products).where(eq(products.id, id));
    expect(row?.deletedAt).toBeInstanceOf(Date);
    expect(await changeProductStatus(db(), actor, id, 'publish')).toMatchObject({ ok: false, code: 'invalid' });
    const deletedList = await listAdminProducts(db(), { status: 'deleted', page: 1, q: slug.split('-').pop() });
    expect(deletedList.items.map((p) => p.id)).toContain(id);

    expect(await changeProductStatus(db(), actor, id, 'restore')).toMatchObject({ ok: true });
    expect(await getProductBySlug(db(), slug)).not.toBeNull();
    expect(await changeProductStatus(db(), actor, id, 'unpublish')).toMatchObject({ ok: true });
    expect(await getProductBySlug(db(), slug)).toBeNull();

    const actions = (await auditOf('product', id)).map((e) => e.action);
    expect(actions).toEqual([
      'product.create',
      'product.publish',
      'product.delete',
      'product.restore',
      'product.unpublish',
    ]);
  });

  it('refuses to publish a product without a variant on sale', async () => {
    const { id, input } = await create();
    const vs = await db().select().from(variants).where(eq(variants.productId, id));
    await updateProduct(db(), actor, id, {
      ...input,
      variants: vs.map((v) => ({
        ...input.variants[0],
        id: v.id,
        sku: v.sku,
        active: false,
      })) as ProductInput['variants'],
    });
    expect(await changeProductStatus(db(), actor, id, 'publish')).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('the admin list finds products by accent-free name words and by SKU', async () => {
    const { id, input } = await create();
    const word = input.name.split(' ').pop() ?? '';
    const byName = await listAdminProducts(db(), { status: 'all', page: 1, q: `loa thu tai loc ${word}` });
    expect(byName.items.map((p) => p.id)).toEqual([id]);
    const bySku = await listAdminProducts(db(), { status: 'all', page: 1, q: input.variants[1]?.sku.toLowerCase() });
    expect(bySku.items.map((p) => p.id)).toEqual([id]);
    const inParent = await listAdminProducts(db(), { status: 'draft', page: 1, category: parentCat.id, q: word });
    expect(inParent.items.map((p) => p.id)).toEqual([id]);
  });

  it('adds, describes, reorders and removes images; refuses unknown files and stale orders', async () => {
    const { id, slug } = await create();
    const exists = async (src: string) => src.startsWith('/uploads/');
    const add = (n: number) =>
      addProductImage(
        db(),
        actor,
        { productId: id, src: `/uploads/${n}.png`, alt: `Ảnh ${n}`, width: 800, height: 600 },
        exists,
      );
    expect(await add(1)).toMatchObject({ ok: true });
    expect(await add(2)).toMatchObject({ ok: true });
    const stray = await addProductImage(
      db(),
      actor,
      { productId: id, src: 'https://example.com/x.png', alt: 'x', width: 1, height: 1 },
      exists,
    );
    expect(stray).toMatchObject({ ok: false, code: 'invalid' });

    const images = () =>
      db().select().from(productImages).where(eq(productImages.productId, id)).orderBy(asc(productImages.position));
    const [a, b] = await images();
    if (!a || !b) throw new Error('images missing');
    const reordered = await reorderProductImages(db(), actor, id, [b.id, a.id]);
    expect(reordered).toMatchObject({ ok: true });
    if (reordered.ok) expect(reordered.tags).toContain(`product:${slug}`);
    expect((await images()).map((i) => i.id)).toEqual([b.id, a.id]);
    expect(await reorderProductImages(db(), actor, id, [b.id])).toMatchObject({ ok: false, code: 'invalid' });

    expect(await updateProductImageAlt(db(), actor, a.id, 'Mặt trước')).toMatchObject({ ok: true });
    expect(await deleteProductImage(db(), actor, b.id)).toMatchObject({ ok: true });
    expect((await images()).map((i) => [i.id, i.alt])).toEqual([[a.id, 'Mặt trước']]);

    const actions = (await auditOf('product', id)).map((e) => e.action);
    expect(actions).toEqual([
      'product.create',
      'product.image_add',
      'product.image_add',
      'product.image_reorder',
      'product.image_alt',
      'product.image_delete',
    ]);
  });

  it('keeps search keywords as the seed computes them, for every demo product', async () => {
    const taxonomy = await loadTaxonomy(db());
    const demoSlugs = buildDemoProducts().map((p) => p.slug);
    const rows = await db()
      .select({
        slug: products.slug,
        brandId: products.brandId,
        categoryId: products.categoryId,
        kw: products.searchKeywords,
      })
      .from(products)
      .where(inArray(products.slug, demoSlugs));
    expect(rows.length).toBe(demoSlugs.length);
    for (const r of rows) expect(productSearchKeywords(taxonomy, r.brandId, r.categoryId)).toBe(r.kw);
  });

  it('renaming a category rewrites the keywords below it, and storefront search finds the new words', async () => {
    const child = await makeCategory(`Nhánh ${unique()}`, parentCat.id);
    const { id, slug } = await create({ categoryId: String(child.id), published: 'on' });
    const word = `tuloc${unique()}`;
    const r = await updateCategory(
      db(),
      actor,
      parentCat.id,
      categoryInputSchema.parse({ name: 'Nhóm đổi tên', slug: parentCat.slug, keywords: word, sortOrder: '9000' }),
    );
    expect(r).toMatchObject({ ok: true });
    if (r.ok) {
      for (const tag of [
        'categories',
        'products',
        `product:${slug}`,
        `category:${child.slug}`,
        `category:${parentCat.slug}`,
      ]) {
        expect(r.tags).toContain(tag);
      }
    }
    const [row] = await db().select({ kw: products.searchKeywords }).from(products).where(eq(products.id, id));
    expect(row?.kw).toContain(word);
    const found = await listProducts(db(), { q: word, sort: 'relevance', page: 1, limit: 10, specs: {} });
    expect(found.items.map((p) => p.id)).toContain(id);
    const [entry] = (await auditOf('category', parentCat.id)).filter((e) => e.action === 'category.update');
    expect(entry?.changes.name?.after).toBe('Nhóm đổi tên');
  });

  it('refuses category cycles, taken slugs and deleting a category that still has products or children', async () => {
    const top = await makeCategory(`Gốc ${unique()}`);
    const below = await makeCategory(`Con ${unique()}`, top.id);
    const cycle = await updateCategory(
      db(),
      actor,
      top.id,
      categoryInputSchema.parse({ name: top.name, slug: top.slug, parentId: String(below.id) }),
    );
    expect(cycle).toMatchObject({ ok: false, code: 'invalid' });
    if (!cycle.ok) expect(cycle.fieldErrors?.parentId).toBeDefined();

    const taken = await createCategory(db(), actor, categoryInputSchema.parse({ name: 'Loa', slug: 'loa' }));
    expect(taken).toMatchObject({ ok: false, code: 'conflict' });
    if (!taken.ok) expect(taken.fieldErrors?.slug).toContain('Loa');

    const withChildren = await deleteCategory(db(), actor, top.id);
    expect(withChildren).toMatchObject({ ok: false, code: 'conflict' });
    if (!withChildren.ok) expect(withChildren.message).toContain('danh mục con');

    const { id } = await create({ categoryId: String(below.id) });
    await changeProductStatus(db(), actor, id, 'delete'); // soft-deleted products still hold the category
    const withProducts = await deleteCategory(db(), actor, below.id);
    expect(withProducts).toMatchObject({ ok: false, code: 'conflict' });
    if (!withProducts.ok) expect(withProducts.message).toMatch(/còn 1 sản phẩm/);

    const empty = await makeCategory(`Trống ${unique()}`, top.id);
    const gone = await deleteCategory(db(), actor, empty.id);
    expect(gone).toMatchObject({ ok: true });
    if (gone.ok) expect(gone.tags).toEqual([`category:${empty.slug}`, `category:${top.slug}`, 'categories'].sort());
    const [entry] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'category'), eq(auditLog.entityId, String(empty.id))))
      .orderBy(desc(auditLog.id));
    expect(entry?.action).toBe('category.delete');
  });

  it('renames a brand into its products’ keywords and refuses deleting a brand with products', async () => {
    const own = await makeBrand(`Hãng Đổi ${unique()}`);
    const { id, slug } = await create({ brandId: String(own.id), published: 'on' });
    const hidden = await create({ brandId: String(own.id) });
    const r = await updateBrand(
      db(),
      actor,
      own.id,
      brandInputSchema.parse({ name: 'Tài Lộc Acoustics', slug: own.slug }),
    );
    expect(r).toMatchObject({ ok: true });
    if (r.ok) {
      expect(r.tags).toEqual(['brands', `brand:${own.slug}`, `product:${slug}`, 'products'].sort());
      expect(r.tags).not.toContain(`product:${hidden.slug}`); // hidden: nothing cached to expire
    }
    const [row] = await db().select({ kw: products.searchKeywords }).from(products).where(eq(products.id, id));
    expect(row?.kw.startsWith('Tài Lộc Acoustics ')).toBe(true);

    const refused = await deleteBrand(db(), actor, own.id);
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    if (!refused.ok) expect(refused.message).toContain('còn 2 sản phẩm');

    const taken = await createBrand(db(), actor, brandInputSchema.parse({ name: 'X', slug: own.slug }));
    expect(taken).toMatchObject({ ok: false, code: 'conflict' });

    const spare = await makeBrand(`Hãng Trống ${unique()}`);
    expect(await deleteBrand(db(), actor, spare.id)).toMatchObject({ ok: true });
    expect(await db().select().from(brands).where(eq(brands.id, spare.id))).toHaveLength(0);
  });
});
