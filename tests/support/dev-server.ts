import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePort, waitForHealth } from './process';
import { TEST_REDIS_URL } from './services';
import { startSmtpSink } from './smtp-sink';
import { createTestDatabase, type TestDatabase } from './test-database';

// A `next dev` server of its own, for the browser tests that need development-only routes (the payment
// simulators are refused whenever NODE_ENV is production, which `next build` inlines). Next 16's dev server
// writes to .next/dev, so it runs beside the production build that tests/support/server-setup.ts serves.
//
// Development compiles each route on its first request, and a page that is open while something compiles
// may reload under the browser (the flakiness of the first attempt at this test). So the server is warmed:
// every route a flow touches is requested over plain HTTP, with the scripts its HTML names, before any
// browser starts. Its output goes to test-results/next-dev-<name>.log, to read when a test fails. Next allows one
// `next dev` per folder (.next/dev/lock): with `npm run dev` running in this checkout, the start fails and says so.

export type DevServer = {
  baseUrl: string;
  database: TestDatabase;
  logFile: string;
  /** Output lines since start that show a compilation (Turbopack prints "Compiling" / "compile:"). */
  compilationsSince: (mark: number) => string[];
  /** A mark for compilationsSince. */
  mark: () => number;
  stop: () => Promise<void>;
};

const NEXT_BIN = path.join(process.cwd(), 'node_modules/next/dist/bin/next');

// Variables that would make the server use real gateways, other databases or another Redis.
const DROPPED = [
  /^PAYOS_/,
  /^VNPAY_/,
  /^MOMO_/,
  /^DATABASE_/,
  /^UPSTASH_/,
  /^REDIS_/,
  /^PGLITE_DIR$/,
  /^SMTP_URL$/,
  /^NEXT_PHASE$/,
  /^__NEXT/,
];

function cleanEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !DROPPED.some((re) => re.test(k))) env[k] = v;
  }
  return env;
}

export type WarmRequest = { path: string; method?: 'GET' | 'POST'; body?: string; expect: number[] };

/**
 * Requests each route once (compiling it), then every script its HTML names, so that a browser later finds
 * everything built. A status outside `expect` fails: a route that errors while warming would fail the flow.
 */
export async function warm(baseUrl: string, requests: WarmRequest[]): Promise<void> {
  for (const r of requests) {
    const res = await fetch(`${baseUrl}${r.path}`, {
      method: r.method ?? 'GET',
      headers: r.body ? { 'content-type': 'application/json' } : {},
      body: r.body ?? null,
      redirect: 'manual',
      signal: AbortSignal.timeout(300_000),
    });
    const body = await res.text();
    if (!r.expect.includes(res.status)) {
      throw new Error(`warming ${r.method ?? 'GET'} ${r.path}: ${res.status} (expected ${r.expect.join(' or ')})`);
    }
    if (!(res.headers.get('content-type') ?? '').includes('text/html')) continue;
    const scripts = new Set([...body.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ''));
    for (const src of scripts) {
      if (!src.startsWith('/')) continue;
      const js = await fetch(`${baseUrl}${src.replaceAll('&amp;', '&')}`, { signal: AbortSignal.timeout(300_000) });
      await js.arrayBuffer();
      if (!js.ok) throw new Error(`warming ${src} (from ${r.path}): ${js.status}`);
    }
  }
}

/** Starts `next dev` on a free port with a fresh seeded database, its own Redis prefix and an SMTP sink. */
export async function startDevServer(
  options: { name: string; env?: Record<string, string> } = { name: 'dev' },
): Promise<DevServer> {
  const [database, smtp, port] = await Promise.all([
    createTestDatabase(`atl_${options.name}`, { seed: true }),
    startSmtpSink(),
    freePort(),
  ]);
  const baseUrl = `http://127.0.0.1:${port}`;
  mkdirSync('test-results', { recursive: true });
  const logFile = path.join('test-results', `next-dev-${options.name}.log`);
  const log = createWriteStream(logFile);
  const lines: string[] = [];
  let child: ChildProcess | undefined;

  const stop = async () => {
    if (child?.pid && child.exitCode === null) {
      const exited = new Promise((r) => child?.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const killed = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(r, 10_000, false))]);
      if (!killed) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    log.end();
    await Promise.all([database.drop(), smtp.close()]);
  };

  try {
    child = spawn(process.execPath, [NEXT_BIN, 'dev', '--port', String(port), '--hostname', '127.0.0.1'], {
      env: {
        ...cleanEnv(),
        NODE_ENV: 'development',
        PAYMENT_SANDBOX: 'true',
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: `atl-${options.name}-${process.pid}-${Date.now()}:`,
        SMTP_URL: smtp.url,
        SITE_URL: baseUrl,
        ORDER_TOKEN_SECRET: 'e2e-dev-order-token-secret-0123456789abcdef',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
        TRUSTED_PROXIES: '127.0.0.1,::1',
        MAX_OPEN_UNPAID_ORDERS_PER_CONTACT: '100',
        MAX_OPEN_UNPAID_ORDERS_PER_IP: '1000',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const collect = (chunk: Buffer) => {
      log.write(chunk);
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    // The first start compiles the health route too; later starts reuse Turbopack's cache in .next/dev.
    await waitForHealth(baseUrl, child, { timeoutMs: 300_000, what: 'next dev', pollMs: 500 });
  } catch (err) {
    await stop();
    // e.g. another `next dev` in this folder holds .next/dev/lock: Next prints so and exits.
    const tail = lines.slice(-15).join('\n');
    throw new Error(`${err instanceof Error ? err.message : String(err)}; its last output:\n${tail}`, { cause: err });
  }

  return {
    baseUrl,
    database,
    logFile,
    mark: () => lines.length,
    compilationsSince: (mark) => lines.slice(mark).filter((l) => /compiling|compile:/i.test(l)),
    stop,
  };
}
