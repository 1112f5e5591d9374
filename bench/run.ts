// npm run bench – catalog read benchmark, then the checkout benchmark on the same server. A fresh
// database seeded with BENCH_PRODUCTS (10 000) products, a production build, then each catalog route
// warmed up and loaded by autocannon on its own; prints a table and PASS/FAIL against the targets, and
// writes bench/results/catalog-<stamp>.json. Then add-to-cart and place-order (bench/checkout.ts), with
// bench/results/checkout-<stamp>.json. Exit code 1 when either part FAILs.
// Knobs (bench/lib/config.ts): BENCH_DURATION, BENCH_CONNECTIONS, BENCH_WARMUP_REQUESTS, BENCH_PORT,
// BENCH_LONG_TAIL=0, BENCH_LONG_TAIL_DURATION, BENCH_SKIP_BUILD=1, BENCH_PG_ADMIN_URL, BENCH_REDIS_URL,
// BENCH_CHECKOUT_DURATION, BENCH_CHECKOUT_STOCK, BENCH_ONLY_CHECKOUT=1 (skip the catalog routes).
import { benchCheckout } from './checkout';
import { benchLongTail } from './long-tail';
import { type CatalogTargets, pickCatalogTargets } from './lib/catalog-targets';
import { createCleanup } from './lib/cleanup';
import { type BenchEnv, getBenchEnv, runStamp } from './lib/config';
import { type LoadResult, measure, warmUp } from './lib/load';
import { type BenchStack, startBenchStack } from './lib/stack';
import { type Column, formatTable, measuredColumns } from './lib/table';
import { describeMachine, type Machine, noisyMachineNote, writeResult } from './lib/results';

const TARGETS = { p95Ms: 150, minRatio: 0.5 } as const;
const DEFAULT_PORT = 3100;

type Route = { name: string; path: string /** Held to TARGETS. */; gated: boolean };
type RouteResult = Route & LoadResult & { ratio: number | null };

function catalogRoutes(t: CatalogTargets): Route[] {
  return [
    // The ceiling first: a fully static page of the same server, what every other route is compared to.
    { name: 'static', path: '/gioi-thieu', gated: false },
    { name: 'product', path: `/san-pham/${encodeURIComponent(t.productSlug)}`, gated: true },
    { name: 'category', path: `/danh-muc/${encodeURIComponent(t.categorySlug)}`, gated: true },
    { name: 'search', path: '/tim-kiem?q=tai%20nghe', gated: false },
    { name: 'api', path: `/api/products?category=${encodeURIComponent(t.categorySlug)}`, gated: false },
  ];
}

const columns: Column<RouteResult>[] = [
  { title: 'route', value: (r) => r.name },
  { title: 'path', value: (r) => r.path },
  ...measuredColumns<RouteResult>(),
  { title: 'ratio', value: (r) => r.ratio },
];

/** The reasons a gated route misses its targets; empty when it meets them. */
function misses(r: RouteResult): string[] {
  const out: string[] = [];
  if (r.p95 === null || r.p95 > TARGETS.p95Ms) out.push(`${r.name}: p95 ${r.p95 ?? '–'} ms > ${TARGETS.p95Ms} ms`);
  if (r.ratio === null || r.ratio < TARGETS.minRatio)
    out.push(`${r.name}: ratio ${r.ratio ?? '–'} < ${TARGETS.minRatio}`);
  if (r.non2xx > 0 || r.errors > 0) out.push(`${r.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return out;
}

/** The catalog routes: measured, printed, written to catalog-<stamp>.json; true on PASS. */
async function benchCatalog(env: BenchEnv, stack: BenchStack, stamp: string, machine: Machine): Promise<boolean> {
  const load = { connections: env.BENCH_CONNECTIONS, duration: env.BENCH_DURATION };
  const targets = await pickCatalogTargets(stack.url);
  console.log(
    `product ${targets.productSlug}; category ${targets.categorySlug} (${targets.categoryProductCount} products)`,
  );

  const measured: Array<Route & LoadResult> = [];
  for (const route of catalogRoutes(targets)) {
    const url = stack.url + route.path;
    const probe = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await probe.arrayBuffer();
    if (!probe.ok) console.warn(`warning: GET ${route.path} answered ${probe.status}`);
    await warmUp(url, env.BENCH_WARMUP_REQUESTS);
    console.log(`measuring ${route.name} (${load.connections} connections, ${load.duration} s)…`);
    measured.push({ ...route, ...(await measure(url, load)) });
  }

  const staticRps = measured.find((r) => r.name === 'static')?.requestsPerSec;
  const rows: RouteResult[] = measured.map((r) => ({
    ...r,
    ratio: staticRps ? Math.round((r.requestsPerSec / staticRps) * 100) / 100 : null,
  }));
  const failures = rows.filter((r) => r.gated).flatMap(misses);
  const pass = failures.length === 0;

  console.log(`\n${formatTable(rows, columns)}\n`);
  const noisy = noisyMachineNote(machine);
  if (noisy) console.warn(noisy);
  console.log(
    pass
      ? `PASS: product and category p95 <= ${TARGETS.p95Ms} ms, ratio >= ${TARGETS.minRatio}`
      : `FAIL: ${failures.join('; ')}`,
  );

  const file = await writeResult(`catalog-${stamp}.json`, {
    stamp,
    finishedAt: new Date().toISOString(),
    machine,
    options: { ...load, warmUpRequests: env.BENCH_WARMUP_REQUESTS, products: env.BENCH_PRODUCTS },
    targets: TARGETS,
    picked: targets,
    routes: rows,
    pass,
    failures,
  });
  console.log(`results: ${file}`);
  return pass;
}

async function main(): Promise<boolean> {
  const env = getBenchEnv();
  const stamp = runStamp();
  const port = env.BENCH_PORT ?? DEFAULT_PORT;
  const machine = describeMachine(); // before our own work adds to the load average
  const cleanup = await createCleanup();
  try {
    const stack = await startBenchStack(env, { stamp, port, products: env.BENCH_PRODUCTS }, cleanup);
    const catalogPass = env.BENCH_ONLY_CHECKOUT ? true : await benchCatalog(env, stack, stamp, machine);
    // Random URLs across the catalog (most miss the cache), before checkout changes stock.
    const longTailPass =
      env.BENCH_LONG_TAIL && !env.BENCH_ONLY_CHECKOUT ? await benchLongTail(env, stack, stamp, machine) : true;
    // Checkout writes orders and changes stock (and so the pages' cached stock): after the catalog only.
    const checkoutPass = await benchCheckout({ env, stack, stamp, machine });
    return catalogPass && longTailPass && checkoutPass;
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
