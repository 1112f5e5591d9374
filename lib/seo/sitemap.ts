import 'server-only';
import {
  countSitemapProducts,
  listSitemapProductFiles,
  listSitemapProducts,
  listSitemapTaxonomy,
} from '@/lib/catalog/queries';
import type { SitemapEntry } from '@/lib/catalog/dto';
import type { Db } from '@/lib/db/types';

// sitemap.xml lists every published product, category and brand. Past the protocol's 50,000 URLs per
// file it becomes a sitemap index of /sitemaps/taxonomy.xml and /sitemaps/products-N.xml.

export const SITEMAP_URL_LIMIT = 50_000;

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

function urlset(origin: string, entries: SitemapEntry[]): string {
  const urls = entries
    .map((e) => `<url><loc>${escapeXml(origin + e.path)}</loc><lastmod>${e.updatedAt}</lastmod></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

function sitemapIndex(origin: string, files: string[]): string {
  const items = files.map((f) => `<sitemap><loc>${escapeXml(`${origin}/sitemaps/${f}`)}</loc></sitemap>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</sitemapindex>\n`;
}

async function taxonomyEntries(db: Db): Promise<SitemapEntry[]> {
  return [{ path: '/', updatedAt: new Date().toISOString() }, ...(await listSitemapTaxonomy(db))];
}

/** The root sitemap: one urlset while everything fits, else an index of the split files. */
export async function buildRootSitemap(db: Db, origin: string, limit = SITEMAP_URL_LIMIT): Promise<string> {
  const [taxonomy, productCount] = await Promise.all([taxonomyEntries(db), countSitemapProducts(db)]);
  if (taxonomy.length + productCount <= limit) {
    const files = await listSitemapProductFiles(db, limit);
    const products = (await Promise.all(files.map((f) => listSitemapProducts(db, f, limit)))).flat();
    return urlset(origin, [...taxonomy, ...products]);
  }
  // Files by id range (products-N.xml: ids N × limit + 1 … (N + 1) × limit); ranges with no visible product
  // are left out, so every listed file has entries and none has more than the limit.
  const files = await listSitemapProductFiles(db, limit);
  return sitemapIndex(origin, ['taxonomy.xml', ...files.map((f) => `products-${f}.xml`)]);
}

/** One file of a split sitemap, or null when the name is not one of them. */
export async function buildSitemapFile(
  db: Db,
  origin: string,
  file: string,
  limit = SITEMAP_URL_LIMIT,
): Promise<string | null> {
  if (file === 'taxonomy.xml') return urlset(origin, await taxonomyEntries(db));
  const match = /^products-(\d{1,6})\.xml$/.exec(file);
  if (!match) return null;
  const entries = await listSitemapProducts(db, Number(match[1]), limit);
  return entries.length > 0 ? urlset(origin, entries) : null;
}
