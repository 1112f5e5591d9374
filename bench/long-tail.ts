import type { BenchEnv } from './lib/config';
import { buildMixes, cpuSeconds, load1m, measureMix, rssMb } from './lib/long-tail';
import type { LoadResult } from './lib/load';
import { type Machine, noisyMachineNote, writeResult } from './lib/results';
import type { BenchStack } from './lib/stack';
import { type Column, formatTable, measuredColumns } from './lib/table';

// The long tail (part of `npm run bench`, after the hot-URL routes): what one uncached page costs the
// server in CPU, then each mix of random URLs against the static page in the same run, at 16 and at 4
// connections, and the server's memory afterwards.

const TARGETS = {
  /** At 16 connections, requests per second relative to the static page. */
  minRatio: { product: 0.06, listing: 0.05, search: 0.05, api: 0.1 } as Record<string, number>,
  /** At 4 connections. */
  p95Ms: 200,
  rssMb: 300,
} as const;

type Row = LoadResult & { mix: string; connections: number; ratio: number | null };

const columns: Column<Row>[] = [
  { title: 'mix', value: (r) => r.mix },
  { title: 'conns', value: (r) => r.connections },
  ...measuredColumns<Row>(),
  { title: 'ratio', value: (r) => r.ratio },
];

/** Server CPU per uncached page, one request at a time over URLs nobody asked for yet. */
async function renderCost(
  stack: BenchStack,
  paths: string[],
): Promise<{ cpuMsPerRequest: number | null; wallMs: number }> {
  const before = cpuSeconds(stack.serverPid);
  const started = performance.now();
  for (const path of paths) {
    const res = await fetch(stack.url + path, { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
  }
  const wallMs = (performance.now() - started) / paths.length;
  const after = cpuSeconds(stack.serverPid);
  return {
    cpuMsPerRequest: before === null || after === null ? null : Math.round(((after - before) * 1000) / paths.length),
    wallMs: Math.round(wallMs),
  };
}

export async function benchLongTail(
  env: BenchEnv,
  stack: BenchStack,
  stamp: string,
  machine: Machine,
): Promise<boolean> {
  const mixes = await buildMixes(stack.databaseUrl);
  const duration = env.BENCH_LONG_TAIL_DURATION;

  const cost: Record<string, { cpuMsPerRequest: number | null; wallMs: number }> = {};
  for (const mix of mixes.filter((m) => m.name !== 'api')) {
    const paths = [...new Set(Array.from({ length: 60 }, () => mix.next()))].slice(0, 40);
    cost[mix.name] = await renderCost(stack, paths);
  }
  console.log('\nrender cost of an uncached page (server CPU per request, one at a time):');
  for (const [name, c] of Object.entries(cost))
    console.log(`  ${name.padEnd(8)} ${c.cpuMsPerRequest ?? '–'} ms CPU, ${c.wallMs} ms wall`);

  const rows: Row[] = [];
  for (const connections of [16, 4]) {
    const load = { connections, duration };
    console.log(`measuring static (${connections} connections, ${duration} s), load ${load1m()}…`);
    const staticResult = await measureMix(stack.url, '/gioi-thieu', load);
    rows.push({ ...staticResult, mix: 'static', connections, ratio: 1 });
    for (const mix of mixes) {
      console.log(`measuring ${mix.name} (${connections} connections, ${duration} s), load ${load1m()}…`);
      const r = await measureMix(stack.url, mix, load);
      const ratio =
        staticResult.requestsPerSec > 0
          ? Math.round((r.requestsPerSec / staticResult.requestsPerSec) * 1000) / 1000
          : null;
      rows.push({ ...r, mix: mix.name, connections, ratio });
    }
  }
  const rss = rssMb(stack.serverPid);
  const loadAfter = load1m();

  const failures: string[] = [];
  for (const r of rows) {
    if (r.mix === 'static') continue;
    if (r.errors > 0 || r.non2xx > 0)
      failures.push(`${r.mix}@${r.connections}: ${r.non2xx} non-2xx, ${r.errors} errors`);
    const min = TARGETS.minRatio[r.mix];
    if (r.connections === 16 && min !== undefined && (r.ratio === null || r.ratio < min)) {
      failures.push(`${r.mix}@16: ratio ${r.ratio ?? '–'} < ${min}`);
    }
    if (r.connections === 4 && (r.p95 === null || r.p95 > TARGETS.p95Ms)) {
      failures.push(`${r.mix}@4: p95 ${r.p95 ?? '–'} ms > ${TARGETS.p95Ms} ms`);
    }
  }
  if (rss === null || rss > TARGETS.rssMb) failures.push(`RSS ${rss ?? '–'} MB > ${TARGETS.rssMb} MB`);
  const pass = failures.length === 0;

  console.log(`\n${formatTable(rows, columns)}\n`);
  console.log(
    `server RSS after the run: ${rss ?? '–'} MB; load average ${machine.loadAverage1mBefore} before, ${loadAfter} after`,
  );
  const noisy = noisyMachineNote(machine);
  if (noisy) console.warn(noisy);
  console.log(pass ? 'PASS: long-tail targets met' : `FAIL: ${failures.join('; ')}`);
  const file = await writeResult(`long-tail-${stamp}.json`, {
    stamp,
    finishedAt: new Date().toISOString(),
    machine,
    loadAverageAfter: loadAfter,
    options: { duration, products: env.BENCH_PRODUCTS },
    targets: TARGETS,
    renderCost: cost,
    rows,
    rssMb: rss,
    pass,
    failures,
  });
  console.log(`results: ${file}`);
  return pass;
}
