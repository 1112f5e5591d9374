// npm run bench:lighthouse – Lighthouse 12 (default mobile config) on the home, a category and a product
// page, one after the other; prints the four category scores and LCP/TBT/CLS per page and PASS/FAIL
// against the targets; writes bench/results/lighthouse-<stamp>.json (summary) and one full report per page.
// BENCH_URL=http://host:port audits an already running server; otherwise the stack of bench/lib/stack.ts
// (fresh database with the demo catalog, BENCH_REDIS_URL, production build, standalone server on BENCH_PORT 3101).
// Exit code 1 on FAIL.
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { pickCatalogTargets } from './lib/catalog-targets';
import { type Cleanup, createCleanup } from './lib/cleanup';
import { type BenchEnv, getBenchEnv, runStamp } from './lib/config';
import { warmUp } from './lib/load';
import { writeResult } from './lib/results';
import { startBenchStack } from './lib/stack';
import { type Column, formatTable } from './lib/table';

const DEFAULT_PORT = 3101;
const TARGETS = { performance: 90, accessibility: 95, 'best-practices': 95, seo: 100 } as const;
type CategoryId = keyof typeof TARGETS;
const CATEGORY_IDS = Object.keys(TARGETS) as CategoryId[];

const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

type PageSummary = {
  name: string;
  url: string;
  /** 0–100; null when Lighthouse could not score the category. */
  scores: Record<CategoryId, number | null>;
  lcpMs: number | null;
  tbtMs: number | null;
  cls: number | null;
  runtimeError: string | null;
  /** Lighthouse's own measure of this machine's CPU speed; a low or varying value explains noisy scores. */
  benchmarkIndex: number;
  runWarnings: string[];
  /** Weighted audits that did not fully pass, per category under its target: where to look first. */
  failingAudits: Partial<Record<CategoryId, string[]>>;
};

/** The server to audit: BENCH_URL as is, or a fresh database, build and server, torn down by cleanup. */
async function prepareServer(env: BenchEnv, stamp: string, cleanup: Cleanup): Promise<string> {
  if (env.BENCH_URL) return env.BENCH_URL;
  const port = env.BENCH_PORT ?? DEFAULT_PORT;
  // The demo catalog: real names, images and descriptions.
  const stack = await startBenchStack(env, { stamp, port }, cleanup);
  return stack.url;
}

const numeric = (lhr: Result, auditId: string) => {
  const v = lhr.audits[auditId]?.numericValue;
  return v === undefined ? null : Math.round(v * 1000) / 1000;
};

function summarize(name: string, url: string, lhr: Result): PageSummary {
  const scores = {} as Record<CategoryId, number | null>;
  const failingAudits: PageSummary['failingAudits'] = {};
  for (const id of CATEGORY_IDS) {
    const category = lhr.categories[id];
    const score = category?.score == null ? null : Math.round(category.score * 100);
    scores[id] = score;
    if (category && (score === null || score < TARGETS[id])) {
      failingAudits[id] = category.auditRefs
        .filter((ref) => ref.weight > 0)
        .flatMap((ref) => {
          const audit = lhr.audits[ref.id];
          return audit && audit.score !== null && audit.score < 1 ? [`${audit.id} (${audit.score})`] : [];
        });
    }
  }
  const lcp = numeric(lhr, 'largest-contentful-paint');
  const tbt = numeric(lhr, 'total-blocking-time');
  return {
    name,
    url,
    scores,
    lcpMs: lcp === null ? null : Math.round(lcp),
    tbtMs: tbt === null ? null : Math.round(tbt),
    cls: numeric(lhr, 'cumulative-layout-shift'),
    runtimeError: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    runWarnings: lhr.runWarnings.map(String),
    failingAudits,
  };
}

const columns: Column<PageSummary>[] = [
  { title: 'page', value: (p) => p.name },
  { title: 'perf', value: (p) => p.scores.performance },
  { title: 'a11y', value: (p) => p.scores.accessibility },
  { title: 'best', value: (p) => p.scores['best-practices'] },
  { title: 'seo', value: (p) => p.scores.seo },
  { title: 'LCP ms', value: (p) => p.lcpMs },
  { title: 'TBT ms', value: (p) => p.tbtMs },
  { title: 'CLS', value: (p) => p.cls },
  { title: 'cpu idx', value: (p) => p.benchmarkIndex },
  { title: 'url', value: (p) => p.url },
];

function misses(p: PageSummary): string[] {
  if (p.runtimeError) return [`${p.name}: ${p.runtimeError}`];
  return CATEGORY_IDS.filter((id) => (p.scores[id] ?? 0) < TARGETS[id]).map(
    (id) => `${p.name} ${id} ${p.scores[id] ?? '–'} < ${TARGETS[id]}`,
  );
}

async function main(): Promise<boolean> {
  const env = getBenchEnv();
  if (!existsSync(env.BENCH_CHROME_PATH))
    throw new Error(`no Chrome at ${env.BENCH_CHROME_PATH}; set BENCH_CHROME_PATH`);
  const stamp = runStamp();
  const cleanup = await createCleanup();
  try {
    const baseUrl = await prepareServer(env, stamp, cleanup);
    const targets = await pickCatalogTargets(baseUrl);
    const pages = [
      { name: 'home', url: `${baseUrl}/` },
      { name: 'category', url: `${baseUrl}/danh-muc/${encodeURIComponent(targets.categorySlug)}` },
      { name: 'product', url: `${baseUrl}/san-pham/${encodeURIComponent(targets.productSlug)}` },
    ];

    // Our own profile folder, so that the cleanup (or its guardian) can remove it along with the browser.
    const userDataDir = await mkdtemp(join(tmpdir(), 'bench-chrome-'));
    cleanup.add({ kind: 'remove-dir', path: userDataDir });
    const chrome = await chromeLauncher.launch({
      chromePath: env.BENCH_CHROME_PATH,
      chromeFlags: CHROME_FLAGS,
      userDataDir,
    });
    cleanup.add({ kind: 'stop-process-group', pid: chrome.pid, label: 'chrome' });

    const summaries: PageSummary[] = [];
    let lighthouseVersion = '';
    for (const page of pages) {
      // Lighthouse should see a page served from warm caches, not its first render.
      await warmUp(page.url, 20);
      console.log(`lighthouse ${page.name}: ${page.url}`);
      const result = await lighthouse(page.url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORY_IDS,
      });
      if (!result) throw new Error(`lighthouse returned nothing for ${page.url}`);
      await writeResult(`lighthouse-${stamp}-${page.name}.report.json`, result.lhr);
      lighthouseVersion = result.lhr.lighthouseVersion;
      summaries.push(summarize(page.name, page.url, result.lhr));
    }

    const failures = summaries.flatMap(misses);
    const pass = failures.length === 0;
    console.log(`\n${formatTable(summaries, columns)}\n`);
    for (const s of summaries) {
      for (const [id, audits] of Object.entries(s.failingAudits)) {
        if (audits.length > 0) console.log(`${s.name} ${id}: ${audits.join(', ')}`);
      }
    }
    const targetText = CATEGORY_IDS.map((id) => `${id} >= ${TARGETS[id]}`).join(', ');
    console.log(pass ? `PASS: ${targetText}` : `FAIL: ${failures.join('; ')}`);

    const file = await writeResult(`lighthouse-${stamp}.json`, {
      stamp,
      finishedAt: new Date().toISOString(),
      lighthouseVersion,
      chrome: env.BENCH_CHROME_PATH,
      targets: TARGETS,
      pages: summaries,
      pass,
      failures,
    });
    console.log(`results: ${file} (full reports next to it)`);
    return pass;
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
