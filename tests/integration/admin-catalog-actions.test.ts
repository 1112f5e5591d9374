import { eq } from 'drizzle-orm';
import type { ActionState } from '@/lib/admin/action';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it, vi } from 'vitest';
import { brands, categories, products, users } from '@/db/schema';
import type { SessionUser } from '@/lib/auth/users';
import type { Db } from '@/lib/db/types';
import { connectTestDatabase } from '../support/test-database';

// The admin catalog's server actions as a form calls them: zod-invalid input comes back as field errors
// named like the form's fields (dotted paths for variant rows), nothing is written and no cache tag is
// expired; valid input is saved and expires exactly the tags the lib function reported. The session and
// the database handle are stubbed (the role check itself has its own test); next/cache's updateTag is a spy.

const databaseUrl = inject('databaseUrl');

const stub = vi.hoisted(() => ({ db: null as Db | null, user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => stub.user }));
vi.mock('@/lib/db/client', () => ({
  getDb: async () => stub.db,
  getReadDb: async () => stub.db,
  waitForReplicas: async () => {}, // no replicas here
}));
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  updateTag: vi.fn(),
}));

const { updateTag } = await import('next/cache');
const productActions = await import('@/app/admin/products/actions');
const categoryActions = await import('@/app/admin/categories/actions');
const brandActions = await import('@/app/admin/brands/actions');
const IDLE: ActionState = { status: 'idle' };

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.append(k, v);
  return f;
}

let seq = 0;
const unique = () => `${Date.now().toString(36)}${process.pid}${(seq++).toString(36)}`;

describe.skipIf(!databaseUrl)('admin catalog server actions', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let category: { id: number; slug: string };
  let brand: { id: number; slug: string };

  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    stub.db = conn.db;
    const [user] = await conn.db
      .insert(users)
      .values({ email: `catalog-actions-${unique()}@example.vn`, name: 'Nhân viên', role: 'staff' })
      .returning();
    if (!user) throw new Error('no user');
    stub.user = { id: user.id, email: user.email, name: user.name, role: 'staff', emailVerified: true };
    const [c] = await conn.db.select({ id: categories.id, slug: categories.slug }).from(categories).limit(1);
    const [b] = await conn.db.select({ id: brands.id, slug: brands.slug }).from(brands).limit(1);
    if (!c || !b) throw new Error('seeded catalog missing');
    category = c;
    brand = b;
  });
  afterAll(() => conn.close());
  beforeEach(() => vi.mocked(updateTag).mockClear());

  it('refuses an invalid product form with an error beside each bad field, writing nothing', async () => {
    const name = `Loa lỗi ${unique()}`;
    const state = await productActions.createProductAction(
      IDLE,
      form({
        name,
        categoryId: 'abc',
        'variants.0.sku': 'có dấu cách',
        'variants.0.price': '12,5',
        'variants.0.compareAtPrice': '100',
        'variants.1.sku': 'ok-1',
        'variants.1.price': '1.000.000',
        'variants.1.compareAtPrice': '900.000',
        'variants.1.initialStock': '-3',
        'specs.0.key': 'not-a-spec',
        'specs.0.value': 'x',
      }),
    );
    expect(state).toMatchObject({ status: 'error', code: 'invalid' });
    if (state.status !== 'error') return;
    expect(Object.keys(state.fieldErrors).sort()).toEqual(
      [
        'brandId',
        'categoryId',
        'specs.0.key',
        'variants.0.price',
        'variants.0.sku',
        'variants.1.compareAtPrice',
        'variants.1.initialStock',
      ].sort(),
    );
    expect(state.fieldErrors['variants.1.compareAtPrice']).toBe('Giá gốc phải lớn hơn giá bán, hoặc để trống.');
    expect(state.fieldErrors.brandId).toBe('Vui lòng chọn thương hiệu.');
    expect(state.values?.name).toBe(name); // what was typed goes back to the form
    expect(await conn.db.select().from(products).where(eq(products.name, name))).toHaveLength(0);
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('refuses a product without variants and an empty name', async () => {
    const state = await productActions.createProductAction(
      IDLE,
      form({ name: '   ', categoryId: String(category.id), brandId: String(brand.id) }),
    );
    expect(state).toMatchObject({ status: 'error', code: 'invalid' });
    if (state.status === 'error') {
      expect(state.fieldErrors.name).toBe('Vui lòng nhập tên sản phẩm.');
      expect(state.fieldErrors.variants).toBe('Cần ít nhất một phiên bản.');
    }
  });

  it('saves a valid form, expires exactly the reported tags and sends the editor to the new product', async () => {
    const id = unique();
    const fields = {
      name: `Tai nghe Hành Động ${id}`,
      categoryId: String(category.id),
      brandId: String(brand.id),
      'variants.0.sku': `ACT-${id}`,
      'variants.0.price': '2.490.000',
      'variants.0.initialStock': '4',
      'variants.0.active': 'on',
      published: 'on',
    };
    const state = await productActions.createProductAction(IDLE, form(fields));
    expect(state).toMatchObject({ status: 'ok' });
    const [row] = await conn.db.select().from(products).where(eq(products.name, fields.name));
    expect(row?.slug).toBe(`tai-nghe-hanh-dong-${id}`);
    if (state.status === 'ok') expect(state.redirectTo).toBe(`/admin/products/${row?.id}`);
    const expired = vi.mocked(updateTag).mock.calls.map(([tag]) => tag);
    const { categoryTags } = await import('@/lib/catalog-admin/tags');
    const { loadTaxonomy } = await import('@/lib/catalog-admin/taxonomy');
    const chain = categoryTags((await loadTaxonomy(conn.db)).categories, category.id);
    expect(chain).toContain(`category:${category.slug}`);
    expect(expired.sort()).toEqual(['products', `product:${row?.slug}`, `brand:${brand.slug}`, ...chain].sort());

    // The same name again: the generated slug is taken, said beside the slug field; nothing expires.
    vi.mocked(updateTag).mockClear();
    const again = await productActions.createProductAction(IDLE, form({ ...fields, 'variants.0.sku': `ACT-${id}-2` }));
    expect(again).toMatchObject({ status: 'error', code: 'conflict' });
    if (again.status === 'error') expect(again.fieldErrors.slug).toContain(fields.name);
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('refuses invalid status changes and images without alt text or from nowhere', async () => {
    const status = await productActions.changeProductStatusAction(IDLE, form({ productId: 'x', change: 'explode' }));
    expect(status).toMatchObject({ status: 'error', code: 'invalid' });
    if (status.status === 'error') expect(Object.keys(status.fieldErrors).sort()).toEqual(['change', 'productId']);

    const [product] = await conn.db.select({ id: products.id }).from(products).limit(1);
    const noAlt = await productActions.addProductImageAction(
      IDLE,
      form({ productId: String(product?.id), src: '/uploads/x.png', alt: ' ', width: '10', height: '10' }),
    );
    expect(noAlt).toMatchObject({ status: 'error', code: 'invalid' });
    if (noAlt.status === 'error') expect(noAlt.fieldErrors.alt).toMatch(/mô tả ảnh/);

    const foreign = await productActions.addProductImageAction(
      IDLE,
      form({
        productId: String(product?.id),
        src: 'https://evil.example/a.png',
        alt: 'Ảnh',
        width: '10',
        height: '10',
      }),
    );
    expect(foreign).toMatchObject({ status: 'error', code: 'invalid' });
    if (foreign.status === 'error') expect(foreign.fieldErrors.src).toBeDefined();

    const order = await productActions.reorderProductImagesAction(
      IDLE,
      form({ productId: String(product?.id), order: '1,2;drop' }),
    );
    expect(order).toMatchObject({ status: 'error', code: 'invalid' });
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('refuses invalid category and brand forms field by field', async () => {
    const cat = await categoryActions.createCategoryAction(
      IDLE,
      form({ name: '', parentId: 'abc', sortOrder: '1.5', filterSpecs: 'colour' }),
    );
    expect(cat).toMatchObject({ status: 'error', code: 'invalid' });
    if (cat.status === 'error') {
      expect(Object.keys(cat.fieldErrors).sort()).toEqual(['filterSpecs.0', 'name', 'parentId', 'sortOrder']);
    }
    const br = await brandActions.createBrandAction(IDLE, form({ name: 'Hãng', website: 'javascript:alert(1)' }));
    expect(br).toMatchObject({ status: 'error', code: 'invalid' });
    if (br.status === 'error') expect(Object.keys(br.fieldErrors)).toEqual(['website']);
    const del = await categoryActions.deleteCategoryAction(IDLE, form({ id: '-1' }));
    expect(del).toMatchObject({ status: 'error', code: 'invalid' });
    expect(updateTag).not.toHaveBeenCalled();
  });

  it('a customer gets "forbidden" before the input is looked at', async () => {
    const saved = stub.user;
    stub.user = saved && { ...saved, role: 'customer' };
    try {
      const state = await productActions.createProductAction(IDLE, form({ name: '' }));
      expect(state).toMatchObject({ status: 'error', code: 'forbidden', fieldErrors: {} });
    } finally {
      stub.user = saved;
    }
  });
});
