import { getReadDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { buildSitemapFile } from '@/lib/seo/sitemap';

// GET /sitemaps/{taxonomy|products-N}.xml – one file of the split sitemap
export async function GET(_req: Request, ctx: RouteContext<'/sitemaps/[file]'>) {
  const { file } = await ctx.params;
  const xml = await buildSitemapFile(await getReadDb(), getEnv().SITE_URL, file);
  if (!xml) return new Response('Không tìm thấy sitemap.', { status: 404 });
  return new Response(xml, {
    headers: { 'content-type': 'application/xml; charset=utf-8', 'cache-control': 'public, max-age=300' },
  });
}
