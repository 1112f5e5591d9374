import { NextResponse } from 'next/server';
import { productDetailResponseSchema, productSlugParamsSchema } from '@/lib/api/catalog-schemas';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, parseOrThrow, publicCache } from '@/lib/api/handler';
import { getProductCached } from '@/lib/catalog/cached';

// GET /api/products/{slug} – one published product with its variants, images and specs
export const GET = apiRoute(async (_req, ctx: RouteContext<'/api/products/[slug]'>) => {
  const { slug } = parseOrThrow(productSlugParamsSchema, await ctx.params);
  const product = await getProductCached(slug);
  if (!product) throw new ApiError(404, 'not_found', 'Không tìm thấy sản phẩm.');
  return NextResponse.json(productDetailResponseSchema.parse(product), { headers: publicCache });
});
