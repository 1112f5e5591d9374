import type { productImages, products, variants } from '@/db/schema';

// The product form's state: strings as typed (prices keep their dots until zod reads them), rows with a
// stable key each. Built on the server from the database rows; a plain object, safe to send to the client.

export type VariantDraft = {
  key: string;
  id?: number;
  sku: string;
  options: { name: string; value: string }[];
  price: string;
  compareAtPrice: string;
  initialStock: string;
  active: boolean;
  /** Existing variants: their stock, shown read-only (changed on the stock page). */
  stock?: number;
};

export type SpecDraft = { key: string; specKey: string; value: string };

export type ProductDraft = {
  name: string;
  slug: string;
  categoryId: string;
  brandId: string;
  shortDescription: string;
  description: string;
  specs: SpecDraft[];
  seoTitle: string;
  seoDescription: string;
  featured: boolean;
  published: boolean;
  variants: VariantDraft[];
};

export type ImageDraft = { id: number; src: string; alt: string; width: number; height: number };

export const newVariantDraft = (key: string): VariantDraft => ({
  key,
  sku: '',
  options: [{ name: 'Màu sắc', value: '' }],
  price: '',
  compareAtPrice: '',
  initialStock: '0',
  active: true,
});

export function emptyProductDraft(): ProductDraft {
  return {
    name: '',
    slug: '',
    categoryId: '',
    brandId: '',
    shortDescription: '',
    description: '',
    specs: [{ key: 's0', specKey: '', value: '' }],
    seoTitle: '',
    seoDescription: '',
    featured: false,
    published: false,
    variants: [newVariantDraft('v0')],
  };
}

const groupVnd = (n: number) => n.toLocaleString('vi-VN');

export function productToDraft(
  product: typeof products.$inferSelect,
  variantRows: (typeof variants.$inferSelect)[],
): ProductDraft {
  return {
    name: product.name,
    slug: product.slug,
    categoryId: String(product.categoryId),
    brandId: String(product.brandId),
    shortDescription: product.shortDescription,
    description: product.description,
    specs: Object.entries(product.specs).map(([specKey, value], i) => ({ key: `s${i}`, specKey, value })),
    seoTitle: product.seoTitle ?? '',
    seoDescription: product.seoDescription ?? '',
    featured: product.featured,
    published: product.published,
    variants: variantRows.map((v) => ({
      key: `v${v.id}`,
      id: v.id,
      sku: v.sku,
      options: Object.entries(v.options).map(([name, value]) => ({ name, value })),
      price: groupVnd(v.price),
      compareAtPrice: v.compareAtPrice === null ? '' : groupVnd(v.compareAtPrice),
      initialStock: '0',
      active: v.active,
      stock: v.stock,
    })),
  };
}

export const imagesToDrafts = (rows: (typeof productImages.$inferSelect)[]): ImageDraft[] =>
  rows.map((r) => ({ id: r.id, src: r.src, alt: r.alt, width: r.width, height: r.height }));
