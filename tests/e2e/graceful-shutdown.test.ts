import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { type OwnServer, startOwnServer } from '../support/own-server';

// SIGTERM with requests in flight, on a server of this test's own (NEXT_MANUAL_SIG_HANDLE set, drain 10 s):
// /api/ready answers 503 at once, the 20 requests sent before the signal all complete (8 of them
// checkouts, whose orders exist afterwards), and the process exits by itself within the drain + 5 s.

const baseUrl = inject('baseUrl');
const DRAIN_SECONDS = 10;

const contact = { name: 'Lê Văn Cường', phone: '0977000111', email: 'cuong.le@example.vn' };
const shippingAddress = { provinceCode: '01', wardCode: '00004', street: '8 Tràng Tiền' };

describe.skipIf(!baseUrl)('graceful shutdown', () => {
  let database: TestDatabase;
  let server: OwnServer;

  beforeAll(async () => {
    database = await createTestDatabase('atl_shutdown', { seed: true });
    server = await startOwnServer({
      DATABASE_URL: database.url,
      NEXT_MANUAL_SIG_HANDLE: 'true',
      SHUTDOWN_DRAIN_SECONDS: String(DRAIN_SECONDS),
      LOG_LEVEL: 'info',
    });
  });
  afterAll(async () => {
    // The server's log, for a failure's post-mortem.
    const { mkdir, writeFile } = await import('node:fs/promises');
    await mkdir('test-results', { recursive: true });
    await writeFile('test-results/graceful-shutdown-server.log', server?.output() ?? '');
    await server?.stop();
    await database?.drop();
  });

  it('answers not ready at once, finishes the 20 requests in flight, and exits within the drain period', async () => {
    const base = server.baseUrl;
    const list = (await (await fetch(`${base}/api/products?inStock=1&limit=20`)).json()) as {
      items: { slug: string }[];
    };
    const slugs = list.items.map((i) => i.slug);
    expect(slugs.length).toBeGreaterThan(4);
    // Eight shoppers with a cart each (their own address, so no rate limit is shared).
    const carts: { ip: string; cartId: string }[] = [];
    for (let i = 0; carts.length < 8 && i < slugs.length; i++) {
      const product = (await (await fetch(`${base}/api/products/${slugs[i]}`)).json()) as {
        variants: { id: number; stock: number }[];
      };
      const variant = product.variants.find((v) => v.stock > 0);
      if (!variant) continue;
      const ip = `10.77.0.${carts.length + 1}`;
      const res = await fetch(`${base}/api/cart/items`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
        body: JSON.stringify({ variantId: variant.id, quantity: 1 }),
      });
      expect([200, 201]).toContain(res.status);
      carts.push({ ip, cartId: ((await res.json()) as { cartId: string }).cartId });
    }
    expect(carts).toHaveLength(8);

    const finishedAt: number[] = [];
    const track = async (p: Promise<Response>) => {
      const res = await p;
      const body = await res.text();
      finishedAt.push(Date.now());
      return { status: res.status, body };
    };
    const checkouts = carts.map(({ ip, cartId }, i) =>
      track(
        fetch(`${base}/api/checkout`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': ip,
            'x-cart-id': cartId,
            'idempotency-key': `shutdown-${Date.now()}-${i}`,
          },
          body: JSON.stringify({ contact, shippingAddress, paymentMethod: 'cod' }),
        }),
      ),
    );
    const pages = Array.from({ length: 12 }, (_, i) => {
      const path =
        i % 3 === 0
          ? `/tim-kiem?q=${encodeURIComponent(['loa', 'tai nghe', 'ampli', 'micro'][i % 4] as string)}`
          : i % 3 === 1
            ? `/san-pham/${slugs[i % slugs.length]}`
            : `/api/products?limit=48&sort=price-desc&page=${(i % 4) + 1}`;
      return track(fetch(`${base}${path}`, { headers: { 'x-forwarded-for': `10.78.0.${i + 1}` } }));
    });
    await new Promise((r) => setTimeout(r, 40)); // let the requests reach the server
    const signalledAt = Date.now();
    server.child.kill('SIGTERM');

    // /api/ready turns 503 as soon as the process handles the signal. On a busy machine the event loop may
    // still be rendering for a moment, and a probe read before the signal is handled answers 200: so the
    // check is that every probe sent after the server logged the drain answered 503.
    const probes: { sentAt: number; status: number }[] = [];
    while (probes.length < 30 && probes.at(-1)?.status !== 503) {
      await new Promise((r) => setTimeout(r, 100));
      const sentAt = Date.now();
      const res = await fetch(`${base}/api/ready`);
      const body = (await res.json()) as { status: string };
      if (res.status === 503) expect(body.status).toBe('draining');
      probes.push({ sentAt, status: res.status });
    }
    const results = await Promise.all([...checkouts, ...pages]);
    expect(results.map((r) => r.status)).toEqual([...Array(8).fill(201), ...Array(12).fill(200)]);
    const numbers = results.slice(0, 8).map((r) => (JSON.parse(r.body) as { order: { number: string } }).order.number);
    expect(new Set(numbers).size).toBe(8);
    // The requests were in flight at the signal, not done before it.
    expect(finishedAt.filter((t) => t >= signalledAt).length).toBeGreaterThan(0);
    const drainLine = server
      .output()
      .split('\n')
      .find((l) => l.includes('SIGTERM: draining'));
    expect(drainLine, server.output()).toBeDefined();
    expect((JSON.parse(drainLine as string) as { inFlight: number }).inFlight).toBeGreaterThan(0);

    // Log lines are ECS: the time is `@timestamp` (ISO 8601, milliseconds).
    const drainedAt = Date.parse((JSON.parse(drainLine as string) as { '@timestamp': string })['@timestamp']);
    expect(Number.isFinite(drainedAt)).toBe(true);
    const probeLog = probes.map((p) => `${p.sentAt - signalledAt} ms: ${p.status}`).join('; ');
    const afterDrain = probes.filter((p) => p.sentAt >= drainedAt);
    expect(afterDrain.length, probeLog).toBeGreaterThan(0);
    expect(
      afterDrain.every((p) => p.status === 503),
      probeLog,
    ).toBe(true);

    const exit = await server.exited;
    expect(exit.code).toBe(0);
    expect(exit.at - signalledAt).toBeLessThan((DRAIN_SECONDS + 5) * 1000);
    console.log(
      `[graceful-shutdown] ${JSON.parse(drainLine as string).inFlight} requests in flight at SIGTERM; ` +
        `signal handled after ${drainedAt - signalledAt} ms; ready probes ${probeLog}; ` +
        `last answer ${Math.max(...finishedAt) - signalledAt} ms after it; exit after ${exit.at - signalledAt} ms`,
    );
  });
});
