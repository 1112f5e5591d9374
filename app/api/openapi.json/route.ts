import { NextResponse } from 'next/server';
import { buildOpenApiDocument } from '@/lib/api/openapi';
import { getEnv } from '@/lib/env';

// GET /api/openapi.json – the OpenAPI 3.1 document of the JSON API, generated from the zod schemas
export const dynamic = 'force-dynamic'; // answered per request, never prerendered at build
export function GET() {
  return NextResponse.json(buildOpenApiDocument(getEnv().SITE_URL), {
    headers: { 'cache-control': 'public, max-age=300' },
  });
}
