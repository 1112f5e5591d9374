import { randomUUID } from 'node:crypto';
import http from 'node:http';

// Steady shopper traffic through nginx: browsing pages and the catalog API, adding to carts, and now and
// then a cash-on-delivery order. Each shopper connects from a loopback address of its own (127.1.0.x), so
// nginx's X-Forwarded-For, and the app's per-address rate limits, see separate clients. Every request is
// recorded, with its time, so a scenario can count what failed while something was down.

export type Sample = {
  at: number;
  shopper: number;
  method: string;
  path: string;
  kind: 'page' | 'api' | 'cart' | 'order';
  /** HTTP status, or 0 when the request got no answer (refused, reset, timed out). */
  status: number;
  ms: number;
  error?: string;
  /** For 201 orders: the order number and whether it was an Idempotency-Key replay. */
  order?: { number: string; replayed: boolean; key: string };
};

export type Catalog = { pages: string[]; productSlugs: string[]; variantIds: number[] };

export type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/**
 * One HTTP request from a given local address; status 0 instead of throwing when there is no answer. Like a
 * browser, a request that fails on a reused keep-alive connection before any answer (nginx closes idle
 * connections when it reloads) is sent once more on a new connection: the server never read it.
 */
export async function request(
  agent: http.Agent,
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Answer & { error?: string }> {
  const first = await requestOnce(agent, base, method, path, options);
  if (first.status === 0 && first.reusedSocket && first.error !== 'timeout') {
    return requestOnce(agent, base, method, path, options);
  }
  return first;
}

function requestOnce(
  agent: http.Agent,
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<Answer & { error?: string; reusedSocket?: boolean }> {
  const url = new URL(path, base);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve) => {
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...options.headers,
        },
        timeout: options.timeoutMs ?? 60_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
        );
        res.on('error', (err) => resolve({ status: 0, headers: {}, body: '', error: err.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (err) =>
      resolve({ status: 0, headers: {}, body: '', error: err.message, reusedSocket: req.reusedSocket }),
    );
    if (payload) req.write(payload);
    req.end();
  });
}

export function shopperAddress(i: number): string {
  return `127.1.${Math.floor(i / 250)}.${(i % 250) + 1}`;
}

export function shopperAgent(i: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: 2, localAddress: shopperAddress(i) });
}

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const COD_ORDER = {
  contact: { name: 'Nguyễn Văn Tải', phone: '0912345678', email: 'tai.nguyen@example.vn' },
  shippingAddress: { provinceCode: '01', wardCode: '00004', street: '12 Điện Biên Phủ' },
  paymentMethod: 'cod',
};

export class Load {
  readonly samples: Sample[] = [];
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly base: string,
    private readonly catalog: Catalog,
    private readonly options: { shoppers: number; thinkMs: number; orderEvery: number },
  ) {}

  start(): void {
    this.running = true;
    for (let i = 0; i < this.options.shoppers; i++) this.loops.push(this.shopper(i));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
    this.loops = [];
  }

  /** Samples that started at or after `from` (Date.now()) and before `to`. */
  between(from: number, to = Number.POSITIVE_INFINITY): Sample[] {
    return this.samples.filter((s) => s.at >= from && s.at < to);
  }

  private record(sample: Sample): void {
    this.samples.push(sample);
  }

  private async shopper(i: number): Promise<void> {
    const agent = shopperAgent(i);
    let cartId: string | null = null;
    let iteration = 0;
    // Spread the shoppers' first requests.
    await sleep(Math.random() * 300);
    while (this.running) {
      iteration++;
      const get = Math.random() < 0.7 ? pick(this.catalog.pages) : `/api/products/${pick(this.catalog.productSlugs)}`;
      await this.call(agent, i, 'GET', get, get.startsWith('/api/') ? 'api' : 'page');

      if (iteration % 3 === 0) {
        const added = await this.call(agent, i, 'POST', '/api/cart/items', 'cart', {
          body: { variantId: pick(this.catalog.variantIds), quantity: 1 },
          headers: cartId ? { 'x-cart-id': cartId } : {},
        });
        if (added.status === 200 || added.status === 201) {
          const id = (JSON.parse(added.body) as { cartId?: string }).cartId;
          if (id) cartId = id;
        }
      }
      if (cartId && iteration % this.options.orderEvery === 0) {
        await this.placeOrder(agent, i, cartId);
        cartId = null;
      }
      await sleep(this.options.thinkMs * (0.5 + Math.random()));
    }
    agent.destroy();
  }

  /**
   * A COD order with an Idempotency-Key. A request that got no answer, or nginx's 502 (the instance died
   * under it), is sent again with the same key, as a careful client does: the key makes it safe.
   */
  private async placeOrder(agent: http.Agent, i: number, cartId: string): Promise<void> {
    const key = `cluster-${randomUUID()}`;
    for (let attempt = 0; attempt < 4; attempt++) {
      const res = await this.call(agent, i, 'POST', '/api/checkout', 'order', {
        body: COD_ORDER,
        headers: { 'x-cart-id': cartId, 'idempotency-key': key },
        key,
      });
      if (res.status !== 0 && res.status !== 502 && res.status !== 503) return;
      await sleep(500);
    }
  }

  private async call(
    agent: http.Agent,
    shopper: number,
    method: string,
    path: string,
    kind: Sample['kind'],
    options: { body?: unknown; headers?: Record<string, string>; key?: string } = {},
  ): Promise<Answer> {
    const at = Date.now();
    const res = await request(agent, this.base, method, path, options);
    const sample: Sample = { at, shopper, method, path, kind, status: res.status, ms: Date.now() - at };
    if (res.error) sample.error = res.error;
    if (kind === 'order' && res.status === 201 && options.key) {
      const number = (JSON.parse(res.body) as { order?: { number?: string } }).order?.number ?? '';
      sample.order = { number, replayed: res.headers['idempotent-replayed'] === 'true', key: options.key };
    }
    this.record(sample);
    return res;
  }
}

/** Failed GETs: no answer or a 5xx. */
export function failedGets(samples: Sample[]): Sample[] {
  return samples.filter((s) => s.method === 'GET' && (s.status === 0 || s.status >= 500));
}

export function summary(samples: Sample[]): Record<string, number> {
  const count = (f: (s: Sample) => boolean) => samples.filter(f).length;
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] ?? 0;
  const first = samples[0]?.at ?? 0;
  const seconds = Math.max(1, ((samples.at(-1)?.at ?? first) - first) / 1000);
  return {
    requests: samples.length,
    perSecond: Math.round((samples.length / seconds) * 10) / 10,
    p50ms: at(0.5),
    p95ms: at(0.95),
    gets: count((s) => s.method === 'GET'),
    failedGets: failedGets(samples).length,
    cartWrites: count((s) => s.kind === 'cart'),
    cartFailures: count((s) => s.kind === 'cart' && (s.status === 0 || s.status >= 500)),
    orders201: count((s) => s.kind === 'order' && s.status === 201),
    orderFailures: count((s) => s.kind === 'order' && (s.status === 0 || s.status >= 500)),
    rateLimited: count((s) => s.status === 429),
  };
}
