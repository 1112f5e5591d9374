import 'server-only';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { categories, products } from '@/db/schema';
import { getReadDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';

// Fetches the pages shoppers land on most (home, the largest categories, the best sellers) so that their
// cached renders exist before shoppers ask: after a deploy and every 30 minutes.

const PARALLEL = 4;

export async function warmupPaths(limits = { categories: 10, products: 20 }): Promise<string[]> {
  const db = await getReadDb();
  const [cats, prods] = await Promise.all([
    db.select({ slug: categories.slug }).from(categories).limit(limits.categories),
    db
      .select({ slug: products.slug })
      .from(products)
      .where(and(eq(products.published, true), isNull(products.deletedAt)))
      .orderBy(desc(products.soldCount))
      .limit(limits.products),
  ]);
  return ['/', ...cats.map((c) => `/danh-muc/${c.slug}`), ...prods.map((p) => `/san-pham/${p.slug}`)];
}

export async function warmCaches(origin = getEnv().SITE_URL): Promise<{ fetched: number; failed: number }> {
  const paths = await warmupPaths();
  let fetched = 0;
  let failed = 0;
  const queue = [...paths];
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        try {
          const res = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(15_000) });
          await res.arrayBuffer();
          if (res.ok) fetched++;
          else failed++;
        } catch {
          failed++;
        }
      }
    }),
  );
  logger.info({ fetched, failed }, 'cache warm-up done');
  return { fetched, failed };
}
