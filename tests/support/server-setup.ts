import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import http from 'node:http';
import type net from 'node:net';
import type { TestProject } from 'vitest/node';
import { freePort, waitForHealth } from './process';
import { PG_ADMIN_URL, reachable, requireOrSkip, TEST_REDIS_URL } from './services';
import { type CaughtMail, startSmtpSink } from './smtp-sink';
import { createTestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string | null;
    /** Order numbers -> raw e-mails caught by the test SMTP server, fetched over HTTP by tests. */
    mailboxUrl: string | null;
  }
}

// The end-to-end project runs against the real thing: a production build (`next build`), served by
// `next start` on a fresh, seeded PostgreSQL database. E2E_SKIP_BUILD=1 reuses an existing build.

/** Test files run in workers: they read the caught mail over HTTP. */
async function startMailbox(mails: CaughtMail[]): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(mails));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}

export default async function setup(project: TestProject) {
  const services =
    requireOrSkip(await reachable(PG_ADMIN_URL), `PostgreSQL at ${PG_ADMIN_URL}`) &&
    requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);
  if (!services) {
    project.provide('baseUrl', null);
    project.provide('mailboxUrl', null);
    project.provide('databaseUrl', null);
    return;
  }
  const database = await createTestDatabase('atl_e2e', { seed: true });
  const smtp = await startSmtpSink();
  const mailbox = await startMailbox(smtp.mails);
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
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: `atl-e2e-${process.pid}-${Date.now()}:`,
        SMTP_URL: smtp.url,
        ORDER_TOKEN_SECRET: 'e2e-order-token-secret-0123456789abcdef',
        AUTH_SECRET: 'e2e-auth-secret-0123456789abcdef0123456789',
        SITE_URL: baseUrl,
        // The tests play our reverse proxy: they connect from the loopback and set X-Forwarded-For.
        TRUSTED_PROXIES: '127.0.0.1,::1',
        // Many test files place online orders with the same test contact; the caps have their own test.
        MAX_OPEN_UNPAID_ORDERS_PER_CONTACT: '100',
        MAX_OPEN_UNPAID_ORDERS_PER_IP: '1000',
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    await waitForHealth(baseUrl, child, { timeoutMs: 60_000, what: 'next start' });
    project.provide('baseUrl', baseUrl);
    project.provide('mailboxUrl', mailbox.url);
    // The server's database, for tests that set up rows it has no UI for (a staff account to sign in with).
    project.provide('databaseUrl', database.url);
  } catch (err) {
    if (child?.pid) process.kill(-child.pid, 'SIGTERM');
    await Promise.all([database.drop(), smtp.close(), mailbox.close()]);
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
    await Promise.all([database.drop(), smtp.close(), mailbox.close()]);
  };
}
