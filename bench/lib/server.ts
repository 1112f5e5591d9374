import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cleanup } from './cleanup';
import { nextBin, runCommand } from './process';

// The production server for a benchmark (`next build`, then the standalone server.js), on the benchmark's
// own database and Redis prefix.

export type ServerTarget = {
  databaseUrl: string;
  redisUrl: string;
  redisKeyPrefix: string;
  siteUrl: string;
  /** Where its e-mail goes (bench/lib/smtp-sink.ts). */
  smtpUrl: string;
};

/** What the server (and the build, for any page it prerenders) sees. */
export function serverEnv({
  databaseUrl,
  redisUrl,
  redisKeyPrefix,
  siteUrl,
  smtpUrl,
}: ServerTarget): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_KEY_PREFIX: redisKeyPrefix,
    NODE_ENV: 'production',
    SITE_URL: siteUrl,
    LOG_LEVEL: 'warn',
    NEXT_TELEMETRY_DISABLED: '1',
    // autocannon plays the reverse proxy: each simulated shopper has its own X-Forwarded-For address.
    TRUSTED_PROXIES: '127.0.0.1,::1',
    // Production refuses to start without these. A fresh secret per run; no mail leaves a benchmark: SMTP is
    // a local sink.
    ORDER_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    SMTP_URL: smtpUrl,
    // The job workers run as in production (relay to BullMQ, pooled SMTP to the sink): e-mail keeping up
    // with checkout is part of what is measured. No cache warm-up fetching pages during the measurements.
    OUTBOX_WORKER: 'true',
    CACHE_WARMUP: 'false',
  };
}

/**
 * Builds (unless told not to) and copies the production artifact the way the Docker image holds it:
 * `.next/standalone` with `.next/static` and `public/`, into a folder of the run's own. The copy also
 * isolates the run from the shared checkout: its data cache starts empty, and nobody else's `next build`
 * or `next start` reads or rewrites it. Returns the folder.
 */
export async function prepareApp(
  env: NodeJS.ProcessEnv,
  options: { build: boolean },
  cleanup: Cleanup,
): Promise<string> {
  const dist = join(process.cwd(), '.next');
  if (options.build) {
    // The build prerenders through Next's data cache (`unstable_cache`), which outlives builds: entries
    // written by a server on another database would end up in the prerendered pages.
    await rm(join(dist, 'cache', 'fetch-cache'), { recursive: true, force: true });
    await runCommand(process.execPath, [nextBin, 'build'], env);
  }
  if (!existsSync(join(dist, 'standalone', 'server.js'))) {
    throw new Error(
      ".next/standalone/server.js is missing: build first (next.config.ts must keep output: 'standalone')",
    );
  }
  const appDir = await mkdtemp(join(tmpdir(), 'bench-app-'));
  cleanup.add({ kind: 'remove-dir', path: appDir });
  await cp(join(dist, 'standalone'), appDir, { recursive: true });
  await cp(join(dist, 'static'), join(appDir, '.next', 'static'), { recursive: true });
  if (existsSync('public')) await cp('public', join(appDir, 'public'), { recursive: true });
  return appDir;
}

/** Fails early when something already listens: the health check would otherwise pass against it. */
async function assertPortFree(port: number): Promise<void> {
  const probe = createServer();
  probe.listen(port, '127.0.0.1');
  try {
    await once(probe, 'listening');
  } catch {
    throw new Error(`port ${port} is in use; stop whatever runs there or set BENCH_PORT`);
  } finally {
    probe.close();
  }
}

function prefixLines(stream: NodeJS.ReadableStream | null) {
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    for (const line of chunk.split('\n')) if (line.trim()) process.stderr.write(`[server] ${line}\n`);
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.signalCode ?? `exit ${child.exitCode}`}) before it was healthy`);
    }
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url}/api/health did not answer 200 within ${timeoutMs / 1000} s`);
}

/** Starts the standalone server in its own process group (Ctrl-C reaches only the benchmark, whose cleanup stops it). */
export async function startServer(
  appDir: string,
  port: number,
  env: NodeJS.ProcessEnv,
  cleanup: Cleanup,
): Promise<{ url: string; pid: number }> {
  await assertPortFree(port);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(appDir, 'server.js')], {
    env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
    cwd: appDir,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('the server could not be spawned');
  cleanup.add({ kind: 'stop-process-group', pid: child.pid, label: 'server' });
  prefixLines(child.stdout);
  prefixLines(child.stderr);
  await waitForHealth(url, child, 60_000);
  console.log(`server ready at ${url}`);
  return { url, pid: child.pid };
}
