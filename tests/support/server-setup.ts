import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import net from 'node:net';
import type { TestProject } from 'vitest/node';
import { PG_ADMIN_URL, reachable, requireOrSkip } from './services';
import { createTestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string | null;
  }
}

// The end-to-end project runs against the real thing: a production build (`next build`), served by
// `next start` on a fresh, seeded PostgreSQL database. E2E_SKIP_BUILD=1 reuses an existing build.

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the server did not become healthy within ${timeoutMs} ms`);
}

export default async function setup(project: TestProject) {
  if (!requireOrSkip(await reachable(PG_ADMIN_URL), `PostgreSQL at ${PG_ADMIN_URL}`)) {
    project.provide('baseUrl', null);
    return;
  }
  const database = await createTestDatabase('atl_e2e', { seed: true });
  let child: ChildProcess | undefined;
  try {
    if (process.env.E2E_SKIP_BUILD !== '1') {
      const build = spawnSync('npx', ['next', 'build'], {
        stdio: 'inherit',
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
      });
      if (build.status !== 0) throw new Error('next build failed');
    }
    mkdirSync('test-results', { recursive: true });
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        SITE_URL: baseUrl,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    await waitForHealth(baseUrl, child);
    project.provide('baseUrl', baseUrl);
  } catch (err) {
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
    await database.drop();
    throw err;
  }
  return async () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    await database.drop();
  };
}
