import net from 'node:net';

// Where the test services are, and whether a missing one fails the run (CI=true) or skips the tests
// that need it (a developer machine without them).

export const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export function reachable(url: string, timeoutMs = 1500): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) || 5432 });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Throws in CI; elsewhere returns false so the caller can skip with a visible reason. */
export function requireOrSkip(available: boolean, what: string): boolean {
  if (available) return true;
  if (IN_CI) throw new Error(`${what} is required in CI (CI=true) but is not available`);
  console.warn(`[tests] ${what} is not available: skipping the tests that need it`);
  return false;
}
