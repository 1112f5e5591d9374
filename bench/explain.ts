// npm run bench:explain – every statement a catalog page or catalog API call runs (the sitemap aside), on a
// large seed, under EXPLAIN ANALYZE. The statements are not copies: the catalog's own query functions run
// against the database with a logger that records what they send, then each recorded statement is explained
// with its parameters. FAIL on a sequential scan of products or variants, or an execution time over the
// limit (best of BENCH_EXPLAIN_RUNS runs, so that one scheduling hiccup on a busy machine does not count).
// BENCH_EXPLAIN_DATABASE_URL: an already seeded database (kept); unset: a fresh database seeded with
// BENCH_EXPLAIN_PRODUCTS (100 000) products, dropped afterwards.
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { z } from 'zod';
import * as schema from '@/db/schema';
import {
  getFacets,
  getProductBySlug,
  listBrands,
  listCategories,
  listHomeProducts,
  listProducts,
  listRelatedProducts,
  suggestProducts,
} from '@/lib/catalog/queries';
import { DEFAULT_LIMIT, type ListingQuery, type Sort } from '@/lib/catalog/listing-query';
import { pgPoolConfig } from '@/lib/db/pool-options';
import type { Db } from '@/lib/db/types';
import { createCleanup } from './lib/cleanup';
import { getBenchEnv, runStamp } from './lib/config';
import { createBenchDatabase, seedBenchDatabase } from './lib/database';
import { describeMachine, noisyMachineNote, writeResult } from './lib/results';

const env = z
  .object({
    BENCH_EXPLAIN_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .optional(),
    BENCH_EXPLAIN_PRODUCTS: z.coerce.number().int().positive().default(100_000),
    BENCH_EXPLAIN_LIMIT_MS: z.coerce.number().positive().default(5),
    BENCH_EXPLAIN_RUNS: z.coerce.number().int().min(1).max(10).default(3),
  })
  .parse(Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== '')));

const WATCHED_TABLES = new Set(['products', 'variants']);

type Recorded = { label: string; sql: string; params: unknown[] };

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; Plans?: PlanNode[] };

function seqScans(node: PlanNode, out: string[] = []): string[] {
  if (node['Node Type'] === 'Seq Scan' && node['Relation Name'] && WATCHED_TABLES.has(node['Relation Name'])) {
    out.push(node['Relation Name']);
  }
  for (const child of node.Plans ?? []) seqScans(child, out);
  return out;
}

/** A drizzle instance whose every statement is recorded under the label of the call that made it. */
function recordingDb(pool: Pool) {
  const recorded: Recorded[] = [];
  let label = '';
  const db = drizzle({
    client: pool,
    schema,
    logger: { logQuery: (sql, params) => recorded.push({ label, sql, params }) },
  }) as unknown as Db;
  return {
    db,
    recorded,
    async run(name: string, fn: (db: Db) => Promise<unknown>) {
      label = name;
      await fn(db);
    },
  };
}

function listing(partial: Partial<ListingQuery>): ListingQuery {
  return { sort: 'newest', page: 1, limit: DEFAULT_LIMIT, specs: {}, ...partial };
}

async function exerciseCatalog(pool: Pool): Promise<Recorded[]> {
  const rec = recordingDb(pool);
  const { db } = rec;
  const categories = await listCategories(db);
  const brands = await listBrands(db);
  const { rows: picks } = await pool.query<{ slug: string; id: number; category_id: number }>(
    `select slug, id, category_id from products where published and deleted_at is null order by random() limit 3`,
  );
  rec.recorded.length = 0;

  await rec.run('categories', (d) => listCategories(d));
  await rec.run('brands', (d) => listBrands(d));
  for (const p of picks) {
    await rec.run(`product ${p.slug}`, (d) => getProductBySlug(d, p.slug));
    await rec.run(`related ${p.slug}`, (d) => listRelatedProducts(d, { id: p.id, categoryId: p.category_id }));
  }
  await rec.run('product (unknown slug)', (d) => getProductBySlug(d, 'khong-co-san-pham-nay'));
  for (const section of ['featured', 'newest', 'best-selling'] as const) {
    await rec.run(`home ${section}`, (d) => listHomeProducts(d, section));
  }

  const sorts: Sort[] = ['newest', 'price-asc', 'price-desc', 'best-selling'];
  const roots = categories.filter((c) => c.parentId === null);
  const leaves = categories.filter((c) => c.parentId !== null);
  const scopes = [roots[0], leaves[0], leaves[leaves.length - 1]].filter((c) => c !== undefined);
  const bigBrand = [...brands].sort((a, b) => b.productCount - a.productCount)[0];
  const smallBrand = [...brands].sort((a, b) => a.productCount - b.productCount)[0];
  for (const c of scopes) {
    for (const sort of sorts) {
      for (const page of [1, 20]) {
        await rec.run(`listing ${c.slug} ${sort} p${page}`, (d) =>
          listProducts(d, listing({ category: c.slug, sort, page })),
        );
      }
    }
    const specKey = c.filterSpecs[0];
    await rec.run(`facets ${c.slug}`, (d) => getFacets(d, { category: c.slug }, c.filterSpecs));
    if (bigBrand && smallBrand) {
      await rec.run(`listing ${c.slug} brands`, (d) =>
        listProducts(d, listing({ category: c.slug, brand: [bigBrand.slug, smallBrand.slug], sort: 'price-asc' })),
      );
    }
    await rec.run(`listing ${c.slug} price+stock`, (d) =>
      listProducts(d, listing({ category: c.slug, minPrice: 1_000_000, maxPrice: 5_000_000, inStock: true })),
    );
    if (specKey) {
      const [facets] = [await getFacets(db, { category: c.slug }, [specKey])];
      const value = facets.specs[0]?.values[0]?.value;
      if (value) {
        await rec.run(`listing ${c.slug} spec ${specKey}`, (d) =>
          listProducts(d, listing({ category: c.slug, specs: { [specKey]: value } })),
        );
      }
    }
  }
  for (const b of [bigBrand, smallBrand].filter((x) => x !== undefined)) {
    await rec.run(`facets brand ${b.slug}`, (d) => getFacets(d, { brand: b.slug }, []));
    for (const sort of sorts) {
      await rec.run(`listing brand ${b.slug} ${sort} p5`, (d) =>
        listProducts(d, listing({ brand: [b.slug], sort, page: 5 })),
      );
    }
  }
  await rec.run('listing all newest p1', (d) => listProducts(d, listing({})));
  await rec.run('listing all price-desc p20', (d) => listProducts(d, listing({ sort: 'price-desc', page: 20 })));

  for (const q of ['tai nghe', 'tai nghe chống ồn', 'loa bluetooth', 'sony', 'marshall', 'micro karaoke', 'amply']) {
    await rec.run(`search "${q}"`, (d) => listProducts(d, listing({ q, sort: 'relevance' })));
    await rec.run(`search "${q}" p3 price-asc`, (d) => listProducts(d, listing({ q, sort: 'price-asc', page: 3 })));
    await rec.run(`suggest "${q}"`, (d) => suggestProducts(d, q));
  }
  for (const q of ['sennhiser', 'xyzzy khong co']) {
    await rec.run(`search "${q}"`, (d) => listProducts(d, listing({ q, sort: 'relevance' })));
    await rec.run(`suggest "${q}"`, (d) => suggestProducts(d, q));
  }
  if (roots[1]) {
    const c = roots[1];
    await rec.run(`search in ${c.slug}`, (d) => listProducts(d, listing({ q: 'sony', category: c.slug })));
  }
  return rec.recorded;
}

type Explained = Recorded & { ms: number; planningMs: number; seqScans: string[]; fail: string[] };

async function explain(pool: Pool, r: Recorded, runs: number, limitMs: number): Promise<Explained> {
  let best = Number.POSITIVE_INFINITY;
  let planningMs = 0;
  let scans: string[] = [];
  for (let i = 0; i < runs; i++) {
    const { rows } = await pool.query<{
      'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number; 'Planning Time': number }];
    }>(`explain (analyze, format json) ${r.sql}`, r.params);
    const plan = rows[0]?.['QUERY PLAN'][0];
    if (!plan) throw new Error(`no plan for ${r.label}`);
    if (plan['Execution Time'] < best) {
      best = plan['Execution Time'];
      planningMs = plan['Planning Time'];
    }
    scans = seqScans(plan.Plan);
  }
  const fail: string[] = [];
  if (scans.length > 0) fail.push(`seq scan on ${[...new Set(scans)].join(', ')}`);
  if (best > limitMs) fail.push(`${best.toFixed(2)} ms > ${limitMs} ms`);
  return {
    ...r,
    ms: Math.round(best * 100) / 100,
    planningMs: Math.round(planningMs * 100) / 100,
    seqScans: scans,
    fail,
  };
}

async function main(): Promise<boolean> {
  const machine = describeMachine();
  const stamp = runStamp();
  const cleanup = await createCleanup();
  try {
    let url = env.BENCH_EXPLAIN_DATABASE_URL;
    if (!url) {
      url = await createBenchDatabase(getBenchEnv().BENCH_PG_ADMIN_URL, `atl_explain_${stamp}`, cleanup);
      await seedBenchDatabase(url, env.BENCH_EXPLAIN_PRODUCTS);
    }
    const pool = new Pool(pgPoolConfig(url, 2));
    try {
      const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from products');
      console.log(
        `${rows[0]?.n ?? 0} products; limit ${env.BENCH_EXPLAIN_LIMIT_MS} ms, best of ${env.BENCH_EXPLAIN_RUNS}`,
      );
      const recorded = await exerciseCatalog(pool);
      const results: Explained[] = [];
      for (const r of recorded)
        results.push(await explain(pool, r, env.BENCH_EXPLAIN_RUNS, env.BENCH_EXPLAIN_LIMIT_MS));
      for (const r of results) {
        const flag = r.fail.length > 0 ? `FAIL ${r.fail.join('; ')}` : 'ok';
        console.log(`${r.ms.toFixed(2).padStart(8)} ms  ${r.label.padEnd(44)} ${flag}`);
      }
      const failed = results.filter((r) => r.fail.length > 0);
      const slowest = [...results].sort((a, b) => b.ms - a.ms)[0];
      const noisy = noisyMachineNote(machine);
      if (noisy) console.warn(noisy);
      console.log(
        failed.length === 0
          ? `PASS: ${results.length} statements, none scans products or variants sequentially, slowest ${slowest?.ms ?? 0} ms`
          : `FAIL: ${failed.length} of ${results.length} statements`,
      );
      if (failed.length > 0)
        for (const f of failed) console.log(`--- ${f.label}\n${f.sql}\n${JSON.stringify(f.params)}`);
      const file = await writeResult(`explain-${stamp}.json`, { stamp, machine, options: env, results });
      console.log(`results: ${file}`);
      return failed.length === 0;
    } finally {
      await pool.end();
    }
  } finally {
    await cleanup.run();
  }
}

main().then(
  (pass) => {
    process.exitCode = pass ? 0 : 1;
  },
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  },
);
