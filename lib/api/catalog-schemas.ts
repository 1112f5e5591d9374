import { z } from 'zod';
import {
  brandSchema,
  categorySchema,
  listingResultSchema,
  productDetailSchema,
  suggestionSchema,
} from '@/lib/catalog/dto';

// Request and response schemas of the catalog API that are not domain DTOs themselves.

export const productSlugParamsSchema = z.object({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Slug không hợp lệ')
    .max(160),
});

export const suggestQuerySchema = z.object({
  q: z.string().trim().max(500, 'Từ khóa tối đa 500 ký tự').default(''),
});

export const productListResponseSchema = listingResultSchema;
export const productDetailResponseSchema = productDetailSchema;
export const categoryListResponseSchema = z.object({ items: z.array(categorySchema) });
export const brandListResponseSchema = z.object({ items: z.array(brandSchema) });
export const suggestResponseSchema = z.object({ items: z.array(suggestionSchema) });
