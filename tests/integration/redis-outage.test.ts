import { randomUUID } from 'node:crypto';
import net from 'node:net';
import Redis from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { RedisUnavailableError } from '@/lib/redis/errors';
import { createIoredisStore } from '@/lib/redis/ioredis-store';
import { createRedisStore } from '@/lib/redis/store';
import { createUpstashStore } from '@/lib/redis/upstash-store';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';

// Redis unreachable or going away under a running app: requests must fail fast with
// RedisUnavailableError (the cart answers 503), and work again by themselves once Redis is back.
// A TCP proxy in front of the real Redis plays the outage.

const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function startProxy(target: URL, port = 0): Promise<{ port: number; stop(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port) || 6379, target.hostname);
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      resolve({
        port: address.port,
        stop: async () => {
          for (const s of sockets) s.destroy();
          await new Promise((r) => server.close(r));
        },
      });
    });
  });
}

describe.skipIf(!redisUp)('ioredis backend during a Redis outage', () => {
  const prefix = `atl-test:outage:${process.pid}:${randomUUID().slice(0, 8)}:`;
  afterAll(async () => {
    const raw = new Redis(TEST_REDIS_URL);
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length > 0) await raw.del(...keys);
    await raw.quit();
  });

  it('fails fast while Redis is unreachable and recovers on its own when it is back', async () => {
    const target = new URL(TEST_REDIS_URL);
    let proxy = await startProxy(target);
    const store = createRedisStore(createIoredisStore({ url: `redis://127.0.0.1:${proxy.port}` }), prefix);
    try {
      await store.hsetWithTtl('cart:1', { '42': 1 }, 60_000);

      await proxy.stop();
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        await expect(store.hgetall('cart:1')).rejects.toBeInstanceOf(RedisUnavailableError);
        expect(performance.now() - started).toBeLessThan(2_000);
        await new Promise((r) => setTimeout(r, 100));
      }

      proxy = await startProxy(target, proxy.port);
      const deadline = Date.now() + 10_000;
      let cart: Record<string, string> | undefined;
      while (!cart && Date.now() < deadline) {
        cart = await store.hgetall('cart:1').catch(() => undefined);
        if (!cart) await new Promise((r) => setTimeout(r, 100));
      }
      expect(cart).toEqual({ '42': '1' });
    } finally {
      await store.close();
      await proxy.stop();
    }
  });
});

describe('failing fast when the backend is down', () => {
  it('ioredis rejects with RedisUnavailableError within 2 s when nothing listens, and keeps doing so', async () => {
    const store = createRedisStore(createIoredisStore({ url: `redis://127.0.0.1:${await closedPort()}` }), 'x:');
    try {
      for (const attempt of [1, 2, 3]) {
        const started = performance.now();
        const err = await store.hgetall('cart:1').catch((e: unknown) => e);
        expect(err, `attempt ${attempt}`).toBeInstanceOf(RedisUnavailableError);
        expect((err as RedisUnavailableError).backend).toBe('ioredis');
        expect(performance.now() - started).toBeLessThan(2_000);
      }
      await expect(store.ping()).rejects.toBeInstanceOf(RedisUnavailableError);
    } finally {
      await store.close();
    }
  });

  it('Upstash rejects with RedisUnavailableError within 2 s when nothing listens', async () => {
    const store = createRedisStore(
      createUpstashStore({ url: `http://127.0.0.1:${await closedPort()}`, token: 't' }),
      'x:',
    );
    const started = performance.now();
    await expect(store.incrWithTtl('rl:ip', 60_000)).rejects.toBeInstanceOf(RedisUnavailableError);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe.skipIf(!redisUp)('ioredis backend', () => {
  it('serves 50 concurrent first commands on a fresh client (the first connects, the rest wait)', async () => {
    const prefix = `atl-test:ioredis-fresh:${process.pid}:${randomUUID().slice(0, 8)}:`;
    const store = createRedisStore(createIoredisStore({ url: TEST_REDIS_URL }), prefix);
    try {
      const results = await Promise.all(Array.from({ length: 50 }, () => store.incrWithTtl('rl', 60_000)));
      expect(Math.max(...results.map((r) => r.count))).toBe(50);
    } finally {
      await store.close();
      const raw = new Redis(TEST_REDIS_URL);
      await raw.del(`${prefix}rl`);
      await raw.quit();
    }
  });
});
