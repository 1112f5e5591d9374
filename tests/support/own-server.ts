import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, waitForHealth } from './process';
import { TEST_REDIS_URL } from './services';

// A `next start` of the production build (made by the e2e global setup) with settings of the test's own:
// its database, Redis prefix and environment, its output kept for the test to read. Started directly with
// node (no npx in between), so that a signal sent to it reaches the server itself.

export type OwnServer = {
  baseUrl: string;
  child: ChildProcess;
  /** Everything the server wrote to stdout and stderr so far. */
  output: () => string;
  /** Resolves with the exit code (or signal) and when it happened. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
  stop: () => Promise<void>;
};

export async function startOwnServer(env: Record<string, string>): Promise<OwnServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const nextBin = path.join(process.cwd(), 'node_modules', 'next', 'dist', 'bin', 'next');
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `atl-own-${process.pid}-${port}:`,
      ORDER_TOKEN_SECRET: 'own-server-order-token-secret-0123456789',
      AUTH_SECRET: 'own-server-auth-secret-0123456789abcdef012345',
      SMTP_URL: 'smtp://127.0.0.1:9',
      SITE_URL: baseUrl,
      CACHE_WARMUP: 'false',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => {
    output += c.toString('utf8');
  });
  child.stderr?.on('data', (c: Buffer) => {
    output += c.toString('utf8');
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, at: Date.now() })),
  );
  try {
    await waitForHealth(baseUrl, child, { timeoutMs: 60_000, what: 'next start' });
  } catch (err) {
    child.kill('SIGKILL');
    throw new Error(`${(err as Error).message}\n${output}`);
  }
  return {
    baseUrl,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
  };
}
