import { eq } from 'drizzle-orm';
import { brands, categories, products, variants } from '@/db/schema';
import type { CheckoutRequest } from '@/lib/checkout/schemas';
import { checkoutSchema } from '@/lib/checkout/schemas';
import type { Db } from '@/lib/db/types';

// Rows for one test: each call makes its own product and variants, so no test depends on another's data.

let seq = 0;
const unique = () => `${Date.now().toString(36)}${process.pid}${(seq++).toString(36)}`;

export async function createProduct(
  db: Db,
  spec: {
    name?: string;
    variants: { price: number; stock: number; options?: Record<string, string> }[];
    published?: boolean;
  },
) {
  const [brand] = await db.select({ id: brands.id }).from(brands).limit(1);
  const [category] = await db.select({ id: categories.id }).from(categories).limit(1);
  if (!brand || !category) throw new Error('the test database needs the seeded catalog');
  const id = unique();
  const [product] = await db
    .insert(products)
    .values({
      slug: `test-${id}`,
      name: spec.name ?? `Loa thử nghiệm ${id}`,
      brandId: brand.id,
      categoryId: category.id,
      published: spec.published ?? true,
      priceMin: Math.min(...spec.variants.map((v) => v.price)),
    })
    .returning({ id: products.id, slug: products.slug, name: products.name });
  if (!product) throw new Error('insert failed');
  const rows = await db
    .insert(variants)
    .values(
      spec.variants.map((v, i) => ({
        productId: product.id,
        sku: `T-${id}-${i}`,
        price: v.price,
        stock: v.stock,
        options: v.options ?? {},
      })),
    )
    .returning({ id: variants.id, price: variants.price, stock: variants.stock });
  return { product, variants: rows };
}

export async function stockOf(db: Db, variantId: number): Promise<number> {
  const [row] = await db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
  return row?.stock ?? Number.NaN;
}

export function checkoutRequest(overrides: Partial<Record<keyof CheckoutRequest, unknown>> = {}): CheckoutRequest {
  return checkoutSchema.parse({
    contact: { name: 'Nguyễn Văn An', phone: '0912 345 678', email: 'an.nguyen@example.vn' },
    shippingAddress: { provinceCode: '01', wardCode: '00004', street: 'Số 12 phố Điện Biên Phủ' },
    paymentMethod: 'cod',
    ...overrides,
  });
}

export const testKey = () => `test-${unique()}`;
