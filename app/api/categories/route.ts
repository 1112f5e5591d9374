import { NextResponse } from 'next/server';
import { apiRoute, publicCache } from '@/lib/api/handler';
import { getCategoriesCached } from '@/lib/catalog/cached';

// GET /api/categories – the category tree as a flat list (parentId links children to parents)
export const dynamic = 'force-dynamic'; // answered per request, never prerendered at build
export const GET = apiRoute(async () =>
  NextResponse.json({ items: await getCategoriesCached() }, { headers: publicCache }),
);
