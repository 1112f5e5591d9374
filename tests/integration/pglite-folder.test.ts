import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/pglite';
import { describe, expect, it } from 'vitest';
import { migratePgliteClient } from '@/db/migrate';
import * as schema from '@/db/schema';
import { countProducts, seedDemoCatalogIfEmpty } from '@/db/seed/seed';
import { openPglite } from '@/lib/db/pglite';
import type { Db } from '@/lib/db/types';

// The embedded default as `npm run dev` uses it: a folder that does not exist yet on a fresh clone,
// migrated and seeded on first open, and kept (not seeded again) on the next.
describe('embedded PGlite in a folder', () => {
  it('creates the folder, seeds once, and keeps the data across restarts', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'atl-pglite-'));
    const dir = path.join(root, '.data', 'pglite');
    try {
      const first = await openPglite(dir);
      await migratePgliteClient(first);
      const seeded = await seedDemoCatalogIfEmpty(drizzle({ client: first, schema }) as unknown as Db);
      expect(seeded?.products).toBeGreaterThanOrEqual(200);
      await first.close();

      const second = await openPglite(dir);
      await migratePgliteClient(second);
      const db = drizzle({ client: second, schema }) as unknown as Db;
      expect(await seedDemoCatalogIfEmpty(db)).toBeNull();
      expect(await countProducts(db)).toBe(seeded?.products);
      await second.close();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
