import { type NextRequest, NextResponse } from 'next/server';
import { validationError } from '@/lib/api/errors';
import { apiRoute, publicCache } from '@/lib/api/handler';
import { getListingCached } from '@/lib/catalog/cached';
import { parseListingQuery } from '@/lib/catalog/listing-query';

// GET /api/products – list, filter, sort and search products (the same rules as the listing pages)
export const GET = apiRoute(async (req: NextRequest) => {
  const parsed = parseListingQuery(req.nextUrl.searchParams);
  if (!parsed.ok) throw validationError(parsed.error);
  const result = await getListingCached(parsed.query);
  return NextResponse.json(result, { headers: publicCache });
});
