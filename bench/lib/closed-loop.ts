import { type Latency, latencyPercentiles } from './load';

// Load for multi-step flows (add to cart, then check out), which autocannon's fixed request lists do not
// model: `clients` concurrent clients, each starting its next iteration as soon as the last one ended,
// with plain fetch. Every response time is kept, and percentiles come from all of them (load.ts).

const REQUEST_TIMEOUT_MS = 30_000;
const MAX_EXAMPLES = 5;

/** What one kind of request answered during a scenario. */
export type RequestLog = {
  /** Milliseconds until the body was read; 2xx answers only, as in load.ts. */
  samples: number[];
  statusCodes: Record<string, number>;
  non2xx: number;
  /** No answer at all: refused, reset, timed out. */
  noAnswer: number;
  /** Answers the scenario does not accept (a 429, a 5xx, a 409 for another reason…). */
  unexpected: number;
  /** The first few of both, to say what went wrong. */
  examples: string[];
};

export const newRequestLog = (): RequestLog => ({
  samples: [],
  statusCodes: {},
  non2xx: 0,
  noAnswer: 0,
  unexpected: 0,
  examples: [],
});

export type Answer = { status: number; ok: boolean; body: unknown; ms: number };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function example(log: RequestLog, text: string) {
  if (log.examples.length < MAX_EXAMPLES) log.examples.push(text);
}

/** Sends one request and logs it; null when no answer came (logged as such). */
export async function send(log: RequestLog, url: string, init: RequestInit): Promise<Answer | null> {
  const started = performance.now();
  try {
    const res = await fetch(url, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    const text = await res.text();
    const ms = performance.now() - started;
    log.statusCodes[res.status] = (log.statusCodes[res.status] ?? 0) + 1;
    if (res.ok) log.samples.push(ms);
    else log.non2xx += 1;
    return { status: res.status, ok: res.ok, body: parseJson(text), ms };
  } catch (err) {
    log.noAnswer += 1;
    example(log, `${init.method ?? 'GET'} ${url}: ${err instanceof Error ? err.message : String(err)}`);
    return null;
  }
}

/** Logs an answer the scenario does not accept. */
export function markUnexpected(log: RequestLog, url: string, answer: Answer) {
  log.unexpected += 1;
  example(log, `${url} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
}

export type RequestSummary = Latency & {
  requests: number;
  requestsPerSec: number;
  non2xx: number;
  /** No answer, or an answer the scenario does not accept. */
  errors: number;
  statusCodes: Record<string, number>;
  examples: string[];
};

export function summarize(log: RequestLog, seconds: number): RequestSummary {
  const answered = Object.values(log.statusCodes).reduce((s, n) => s + n, 0);
  return {
    requestsPerSec: seconds > 0 ? Math.round((answered / seconds) * 10) / 10 : 0,
    ...latencyPercentiles(log.samples),
    requests: answered + log.noAnswer,
    non2xx: log.non2xx,
    errors: log.noAnswer + log.unexpected,
    statusCodes: log.statusCodes,
    examples: log.examples,
  };
}

/** Keep going for `seconds`. */
export function forSeconds(seconds: number): () => boolean {
  const deadline = performance.now() + seconds * 1000;
  return () => performance.now() < deadline;
}

/** Keep going until `count` iterations have started (across all clients). */
export function forIterations(count: number): () => boolean {
  let started = 0;
  return () => started++ < count;
}

/** Runs the clients until `more()` says stop; returns the seconds they took. */
export async function runClients(
  clients: number,
  more: () => boolean,
  iteration: (client: number) => Promise<void>,
): Promise<number> {
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (more()) await iteration(client);
    }),
  );
  return (performance.now() - started) / 1000;
}
