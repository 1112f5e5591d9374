import { NextResponse } from 'next/server';
import { apiRoute, publicCache } from '@/lib/api/handler';
import { getBrandsCached } from '@/lib/catalog/cached';

// GET /api/brands – every brand with its number of published products
export const dynamic = 'force-dynamic'; // answered per request, never prerendered at build
export const GET = apiRoute(async () =>
  NextResponse.json({ items: await getBrandsCached() }, { headers: publicCache }),
);
