import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migratePgliteClient } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedCatalog } from '@/db/seed/seed';
import { listProducts, suggestProducts } from '@/lib/catalog/queries';
import type { ListingQuery } from '@/lib/catalog/listing-query';
import { foldVietnamese } from '@/lib/catalog/text';
import { openPglite } from '@/lib/db/pglite';
import type { Db } from '@/lib/db/types';
import { connectTestDatabase } from '../support/test-database';

// The search cases of the catalog issue, against real PostgreSQL and against the embedded PGlite:
// both must fold accents, match whole words in any order and forgive typos.

const query = (q: string, extra: Partial<ListingQuery> = {}): ListingQuery => ({
  q,
  sort: 'relevance',
  page: 1,
  limit: 60,
  specs: {},
  ...extra,
});

function searchCases(getDb: () => Db) {
  it('finds "Tai nghe chống ồn …" from the unaccented "tai nghe chong on"', async () => {
    const result = await listProducts(getDb(), query('tai nghe chong on'));
    const names = result.items.map((p) => p.name);
    expect(result.total).toBeGreaterThanOrEqual(3);
    expect(names.filter((n) => n.startsWith('Tai nghe chống ồn')).length).toBeGreaterThanOrEqual(3);
    // Products named with those words rank above products that only mention them in the description.
    expect(foldVietnamese(names[0] ?? '')).toContain('chong on');
    expect(result.fuzzy).toBe(false);
  });

  it('finds both "Âm ly …" and "Amply …" products from "am ly"', async () => {
    const result = await listProducts(getDb(), query('am ly'));
    const names = result.items.map((p) => p.name);
    expect(names.some((n) => n.startsWith('Âm ly'))).toBe(true);
    expect(names.some((n) => n.startsWith('Amply'))).toBe(true);
  });

  it('the same words with diacritics give the same results', async () => {
    const plain = await listProducts(getDb(), query('tai nghe chong on'));
    const accented = await listProducts(getDb(), query('Tai nghe chống ồn'));
    expect(accented.items.map((p) => p.id)).toEqual(plain.items.map((p) => p.id));
  });

  it('forgives the typo "sennhiser" and finds Sennheiser', async () => {
    const result = await listProducts(getDb(), query('sennhiser'));
    expect(result.total).toBeGreaterThan(0);
    expect(result.fuzzy).toBe(true);
    expect(result.items.every((p) => p.brand.name === 'Sennheiser' || p.name.includes('Sennheiser'))).toBe(true);
  });

  it('handles an empty query, punctuation only, and a 500-character query without error', async () => {
    expect((await listProducts(getDb(), query(''))).items).toEqual([]);
    expect((await listProducts(getDb(), query('!!! ??? ***'))).total).toBe(0);
    const long = await listProducts(getDb(), query('tai nghe '.repeat(56).slice(0, 500)));
    expect(long.total).toBeGreaterThan(0);
    expect((await listProducts(getDb(), query('x'.repeat(500)))).items).toEqual([]);
  });

  it('suggests as you type, with an unfinished last word and without accents', async () => {
    const items = await suggestProducts(getDb(), 'tai nghe sen');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((s) => foldVietnamese(s.name).includes('sen'))).toBe(true);
    const typo = await suggestProducts(getDb(), 'sennhiser');
    expect(typo.some((s) => s.name.includes('Sennheiser'))).toBe(true);
  });
}

const databaseUrl = inject('databaseUrl');

describe.skipIf(!databaseUrl)('search on PostgreSQL', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(() => conn.close());
  searchCases(() => conn.db);
});

describe('search on PGlite (the embedded default)', () => {
  let client: PGlite;
  let db: Db;
  beforeAll(async () => {
    client = await openPglite(); // in memory
    await migratePgliteClient(client);
    db = drizzlePglite({ client, schema }) as unknown as Db;
    await seedCatalog(db);
  });
  afterAll(() => client.close());
  searchCases(() => db);
});
