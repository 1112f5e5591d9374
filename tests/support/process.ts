import type { ChildProcess } from 'node:child_process';
import net from 'node:net';

// Starting servers for tests: a free port, and waiting until the server answers /api/health.

export function freePort(): Promise<number> {
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

/** Polls /api/health until it answers 2xx; fails early when the process exits. */
export async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  options: { timeoutMs: number; what: string; pollMs?: number },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${options.what} exited with code ${child.exitCode}`);
    try {
      // A dev server compiles the route on the first request: give one request as long as the whole wait.
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(options.timeoutMs) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, options.pollMs ?? 250));
  }
  throw new Error(`${options.what} did not answer /api/health within ${options.timeoutMs} ms`);
}
