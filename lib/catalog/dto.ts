import { z } from 'zod';

// Plain objects that cross from lib/ to pages, the JSON API and the client (never raw rows). The zod
// schemas document the API (OpenAPI is generated from them) and the types are inferred from them.

const vnd = z.number().int().nonnegative().describe('Integer VND');

export const imageSchema = z.object({
  src: z.string().describe("Local path ('/images/…') or Cloudinary public id"),
  alt: z.string(),
  width: z.number().int(),
  height: z.number().int(),
});
export type ImageDto = z.infer<typeof imageSchema>;

export const productCardSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  brand: z.object({ slug: z.string(), name: z.string() }),
  price: vnd.describe('Lowest variant price, integer VND'),
  compareAtPrice: vnd.nullable(),
  image: imageSchema.nullable(),
  inStock: z.boolean(),
});
export type ProductCardDto = z.infer<typeof productCardSchema>;

export const variantSchema = z.object({
  id: z.number().int(),
  sku: z.string(),
  options: z.record(z.string(), z.string()),
  price: vnd,
  compareAtPrice: vnd.nullable(),
  stock: z.number().int().nonnegative(),
});
export type VariantDto = z.infer<typeof variantSchema>;

export const categoryRefSchema = z.object({ id: z.number().int(), slug: z.string(), name: z.string() });
export type CategoryRefDto = z.infer<typeof categoryRefSchema>;

export const productDetailSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  shortDescription: z.string(),
  description: z.string(),
  specs: z.record(z.string(), z.string()),
  seoTitle: z.string().nullable(),
  seoDescription: z.string().nullable(),
  brand: z.object({ slug: z.string(), name: z.string() }),
  categoryPath: z.array(categoryRefSchema).describe('Root first, the product’s own category last'),
  variants: z.array(variantSchema),
  images: z.array(imageSchema),
  updatedAt: z.string().describe('ISO 8601'),
});
export type ProductDetailDto = z.infer<typeof productDetailSchema>;

export const categorySchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  parentId: z.number().int().nullable(),
  description: z.string(),
  image: z.string().nullable(),
  filterSpecs: z.array(z.string()),
  seoTitle: z.string().nullable(),
  seoDescription: z.string().nullable(),
  productCount: z.number().int(),
});
export type CategoryDto = z.infer<typeof categorySchema>;

export const brandSchema = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  country: z.string(),
  description: z.string(),
  productCount: z.number().int(),
});
export type BrandDto = z.infer<typeof brandSchema>;

export const listingResultSchema = z.object({
  items: z.array(productCardSchema),
  total: z.number().int(),
  totalCapped: z
    .boolean()
    .describe('True when more products match than a listing counts (MAX_PAGE pages): total is then a lower bound'),
  page: z.number().int(),
  limit: z.number().int(),
  fuzzy: z.boolean().describe('True when nothing matched exactly and the items are typo-tolerant matches'),
});
export type ListingResult = z.infer<typeof listingResultSchema>;

export const facetsSchema = z.object({
  brands: z.array(z.object({ slug: z.string(), name: z.string(), count: z.number().int() })),
  specs: z.array(
    z.object({ key: z.string(), values: z.array(z.object({ value: z.string(), count: z.number().int() })) }),
  ),
  price: z.object({ min: vnd, max: vnd }).nullable(),
});
export type Facets = z.infer<typeof facetsSchema>;

export const suggestionSchema = z.object({
  slug: z.string(),
  name: z.string(),
  price: vnd,
  image: imageSchema.nullable(),
});
export type SuggestionDto = z.infer<typeof suggestionSchema>;

export type SitemapEntry = { path: string; updatedAt: string };
