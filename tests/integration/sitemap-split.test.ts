import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { products } from '@/db/schema';
import { buildRootSitemap, buildSitemapFile } from '@/lib/seo/sitemap';
import { connectTestDatabase } from '../support/test-database';

// The sitemap past its URL limit: an index of a taxonomy file and product files, each within the limit,
// together listing every visible product exactly once. A small limit stands in for the protocol's 50,000.

const databaseUrl = inject('databaseUrl');
const origin = 'https://shop.example';
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');

describe.skipIf(!databaseUrl)('split sitemap', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(() => conn.close());

  it('indexes files of at most the limit that list every visible product once', async () => {
    const limit = 60; // above the taxonomy file (home, 20 categories, 29 brands)
    const visible = await conn.db
      .select({ slug: products.slug })
      .from(products)
      .where(and(eq(products.published, true), isNull(products.deletedAt)));
    expect(visible.length).toBeGreaterThan(limit * 2);

    const root = await buildRootSitemap(conn.db, origin, limit);
    expect(root).toContain('<sitemapindex');
    const files = locs(root);
    expect(files[0]).toBe(`${origin}/sitemaps/taxonomy.xml`);
    expect(files.length).toBeGreaterThanOrEqual(3);

    const productUrls: string[] = [];
    for (const url of files) {
      const name = url.slice(`${origin}/sitemaps/`.length);
      const xml = await buildSitemapFile(conn.db, origin, name, limit);
      expect(xml, name).not.toBeNull();
      const urls = locs(xml ?? '');
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(limit);
      if (name === 'taxonomy.xml') {
        expect(urls.some((u) => u.includes('/danh-muc/'))).toBe(true);
        expect(urls.some((u) => u.includes('/thuong-hieu/'))).toBe(true);
      } else {
        productUrls.push(...urls);
      }
    }
    // Other files of the suite add and remove products meanwhile: compare with the slugs seen before.
    const listed = new Set(productUrls);
    expect(listed.size).toBe(productUrls.length);
    const missing = visible.filter((p) => !listed.has(`${origin}/san-pham/${p.slug}`));
    expect(missing.length).toBeLessThanOrEqual(2);
    expect(await buildSitemapFile(conn.db, origin, 'products-999999.xml', limit)).toBeNull();
    expect(await buildSitemapFile(conn.db, origin, 'products-x.xml', limit)).toBeNull();
  });

  it('stays one urlset while everything fits', async () => {
    const xml = await buildRootSitemap(conn.db, origin);
    expect(xml).toContain('<urlset');
    expect(locs(xml).some((u) => u.includes('/san-pham/'))).toBe(true);
  });
});
