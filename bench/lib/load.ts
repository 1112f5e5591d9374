import autocannon from 'autocannon';

// autocannon's result reports p50/p90/p97.5/p99 but not p95, and it frees its latency histogram before
// returning it. So we keep every 2xx response time ourselves (the same samples autocannon's histogram
// takes, at full precision) and compute all percentiles from them.

export type LoadOptions = { connections: number; duration: number };

export type LoadResult = {
  requestsPerSec: number;
  /** Milliseconds, successful (2xx) responses only, like autocannon's own latency figures. */
  p50: number | null;
  p95: number | null;
  p99: number | null;
  requests: number;
  non2xx: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
};

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? null;
}

const round = (v: number | null) => (v === null ? null : Math.round(v * 10) / 10);

export type Latency = { p50: number | null; p95: number | null; p99: number | null };

/** p50/p95/p99 in milliseconds, rounded to 0.1 ms. Sorts `samples` in place. */
export function latencyPercentiles(samples: number[]): Latency {
  samples.sort((a, b) => a - b);
  return {
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    p99: round(percentile(samples, 99)),
  };
}

/**
 * Loads `url` for the duration; with `nextPath`, every request asks for the path it returns (a new URL per
 * request, so caches are measured as shoppers meet them).
 */
export async function measure(
  url: string,
  options: LoadOptions & { nextPath?: () => string; timeoutSeconds?: number },
): Promise<LoadResult> {
  const samples: number[] = [];
  const { nextPath } = options;
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.duration,
    ...(options.timeoutSeconds ? { timeout: options.timeoutSeconds } : {}),
    ...(nextPath ? { requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: nextPath() }) }] } : {}),
  });
  instance.on('response', (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) samples.push(responseTime);
  });
  const result = await instance;
  return {
    requestsPerSec: Math.round(result.requests.average * 10) / 10,
    ...latencyPercentiles(samples),
    requests: result['2xx'] + result.non2xx,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count])),
  };
}

/** A fixed number of requests so render caches, data caches and the JIT are warm before measuring. */
export async function warmUp(url: string, requests: number): Promise<void> {
  await autocannon({ url, connections: Math.min(10, requests), amount: requests });
}
