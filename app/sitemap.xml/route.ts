import { getReadDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { buildRootSitemap } from '@/lib/seo/sitemap';

// GET /sitemap.xml – every published product, category and brand (an index past 50,000 URLs)
export const dynamic = 'force-dynamic'; // answered per request, never prerendered at build
export async function GET() {
  const xml = await buildRootSitemap(await getReadDb(), getEnv().SITE_URL);
  return new Response(xml, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
