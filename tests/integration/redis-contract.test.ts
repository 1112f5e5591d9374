import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisUnavailableError } from '@/lib/redis/errors';
import { createIoredisStore } from '@/lib/redis/ioredis-store';
import { createMemoryStore } from '@/lib/redis/memory-store';
import { createRedisStore } from '@/lib/redis/store';
import type { RedisStore } from '@/lib/redis/types';
import { createUpstashStore } from '@/lib/redis/upstash-store';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { startUpstashRestServer } from '../support/upstash-rest-server';

// One behaviour suite for lib/redis, run against every backend: ioredis on the real Redis, the Upstash
// client through tests/support/upstash-rest-server.ts (Upstash's REST protocol on the same Redis), and
// the in-memory store. Each run writes under its own key prefix and deletes its keys afterwards.

const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const uniquePrefix = (name: string) => `atl-test:${name}:${process.pid}:${randomUUID().slice(0, 8)}:`;

/** Deletes every key under a prefix, straight on Redis. */
async function deleteKeys(prefix: string): Promise<void> {
  const raw = new Redis(TEST_REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await raw.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await raw.del(...keys);
    } while (cursor !== '0');
  } finally {
    await raw.quit();
  }
}

type Harness = {
  name: string;
  needsRedis: boolean;
  open(prefix: string): Promise<{ store: RedisStore; teardown(): Promise<void> }>;
};

const harnesses: Harness[] = [
  {
    name: 'ioredis',
    needsRedis: true,
    async open(prefix) {
      const store = createRedisStore(createIoredisStore({ url: TEST_REDIS_URL }), prefix);
      return {
        store,
        teardown: async () => {
          await store.close();
          await deleteKeys(prefix);
        },
      };
    },
  },
  {
    name: 'upstash',
    needsRedis: true,
    async open(prefix) {
      const server = await startUpstashRestServer({ redisUrl: TEST_REDIS_URL });
      const store = createRedisStore(createUpstashStore({ url: server.url, token: server.token }), prefix);
      return {
        store,
        teardown: async () => {
          await store.close();
          await server.close();
          await deleteKeys(prefix);
        },
      };
    },
  },
  {
    name: 'memory',
    needsRedis: false,
    async open() {
      const store = createRedisStore(createMemoryStore(), uniquePrefix('memory'));
      return { store, teardown: () => store.close() };
    },
  },
];

for (const harness of harnesses) {
  describe.skipIf(harness.needsRedis && !redisUp)(`RedisStore contract: ${harness.name}`, () => {
    let store: RedisStore;
    let teardown: () => Promise<void>;
    let n = 0;
    const key = (what: string) => `${what}:${++n}`;

    beforeAll(async () => {
      ({ store, teardown } = await harness.open(uniquePrefix(harness.name)));
    });
    afterAll(() => teardown?.());

    it('names its backend', () => {
      expect(store.backend).toBe(harness.name);
      expect(store.keyPrefix).toMatch(/^atl-test:/);
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });

    it('sets one or many hash fields, counting the new ones, and reads them back as strings', async () => {
      const cart = key('cart');
      expect(await store.hset(cart, { '101': 2 })).toBe(1);
      expect(await store.hset(cart, { '101': 3, '102': '1', '103': 0 })).toBe(2);
      expect(await store.hgetall(cart)).toEqual({ '101': '3', '102': '1', '103': '0' });
      expect(await store.hset(cart, {})).toBe(0);
    });

    it('increments a hash field from nothing, up and down, and rejects a non-integer field', async () => {
      const cart = key('cart');
      expect(await store.hincrby(cart, '7', 2)).toBe(2);
      expect(await store.hincrby(cart, '7', 3)).toBe(5);
      expect(await store.hincrby(cart, '7', -4)).toBe(1);
      expect(await store.hgetall(cart)).toEqual({ '7': '1' });
      await store.hset(cart, { note: 'không phải số' });
      const err = await store.hincrby(cart, 'note', 1).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RedisUnavailableError);
      expect((err as RedisUnavailableError).backend).toBe(harness.name);
      expect(await store.hgetall(cart)).toEqual({ '7': '1', note: 'không phải số' });
    });

    it('deletes hash fields, and the key with its last field', async () => {
      const cart = key('cart');
      await store.hsetWithTtl(cart, { a: 1, b: 2, c: 3 }, 60_000);
      expect(await store.hdel(cart, 'a', 'missing')).toBe(1);
      expect(await store.hgetall(cart)).toEqual({ b: '2', c: '3' });
      expect(await store.hdel(cart)).toBe(0);
      expect(await store.hdel(cart, 'b', 'c')).toBe(2);
      expect(await store.hgetall(cart)).toEqual({});
      expect(await store.pttl(cart)).toBe(-2);
    });

    it('answers missing keys with null, {}, 0, false and -2', async () => {
      const missing = key('missing');
      expect(await store.get(missing)).toBeNull();
      expect(await store.hgetall(missing)).toEqual({});
      expect(await store.pttl(missing)).toBe(-2);
      expect(await store.del(missing)).toBe(0);
      expect(await store.del()).toBe(0);
      expect(await store.expire(missing, 1_000)).toBe(false);
      expect(await store.hdel(missing, 'f')).toBe(0);
      expect(await store.releaseLock(missing, 'token')).toBe(false);
      expect(await store.get(missing)).toBeNull(); // none of the above created it
    });

    it('sets the TTL with hsetWithTtl and keeps it on a plain hset', async () => {
      const cart = key('cart');
      await store.hsetWithTtl(cart, { '1': 1 }, 60_000);
      const ttl = await store.pttl(cart);
      expect(ttl).toBeGreaterThan(55_000);
      expect(ttl).toBeLessThanOrEqual(60_000);
      await store.hset(cart, { '2': 1 });
      expect(await store.pttl(cart)).toBeGreaterThan(55_000);
    });

    it('slides the TTL forward with hsetWithTtl, hincrby { ttlMs } and expire', async () => {
      const cart = key('cart');
      await store.hsetWithTtl(cart, { '1': 1 }, 5_000);
      expect(await store.pttl(cart)).toBeLessThanOrEqual(5_000);
      await store.hsetWithTtl(cart, { '1': 2 }, 60_000);
      expect(await store.pttl(cart)).toBeGreaterThan(55_000);
      await store.expire(cart, 5_000);
      expect(await store.pttl(cart)).toBeLessThanOrEqual(5_000);
      expect(await store.hincrby(cart, '1', 1, { ttlMs: 120_000 })).toBe(3);
      expect(await store.pttl(cart)).toBeGreaterThan(115_000);
      expect(await store.expire(cart, 30_000)).toBe(true);
      const ttl = await store.pttl(cart);
      expect(ttl).toBeGreaterThan(25_000);
      expect(ttl).toBeLessThanOrEqual(30_000);
      expect(await store.hsetWithTtl(cart, {}, 90_000)).toBe(0); // refreshes only
      expect(await store.pttl(cart)).toBeGreaterThan(85_000);
      expect(await store.hgetall(cart)).toEqual({ '1': '3' });
    });

    it('forgets a key once its TTL has passed', async () => {
      const cart = key('cart');
      const cache = key('cache');
      await store.hsetWithTtl(cart, { '1': 1 }, 60);
      await store.set(cache, 'v', { ttlMs: 60 });
      await sleep(150);
      expect(await store.hgetall(cart)).toEqual({});
      expect(await store.get(cache)).toBeNull();
      expect(await store.pttl(cart)).toBe(-2);
    });

    it('gets and sets strings, with a TTL, NX, and SET clearing an earlier TTL', async () => {
      const cache = key('cache');
      expect(await store.set(cache, '{"price":1990000}', { ttlMs: 30_000 })).toBe(true);
      expect(await store.get(cache)).toBe('{"price":1990000}');
      expect(await store.pttl(cache)).toBeGreaterThan(25_000);
      expect(await store.set(cache, 'other', { nx: true })).toBe(false);
      expect(await store.get(cache)).toBe('{"price":1990000}');
      expect(await store.set(cache, 'plain')).toBe(true);
      expect(await store.pttl(cache)).toBe(-1);
      expect(await store.del(cache, key('missing'))).toBe(1);
      expect(await store.get(cache)).toBeNull();
    });

    it('returns what was stored, as strings, whatever it looks like', async () => {
      const cache = key('cache');
      for (const value of ['123', '1.5', 'true', 'null', '{"a":1}', '[1,2]', '', 'OK', '  spaced  ', 'Zm9v']) {
        await store.set(cache, value);
        expect(await store.get(cache)).toBe(value);
      }
      const h = key('hash');
      await store.hset(h, { n: '42', j: '{"a":1}', e: '', ok: 'OK' });
      expect(await store.hgetall(h)).toEqual({ n: '42', j: '{"a":1}', e: '', ok: 'OK' });
    });

    it('keeps unicode keys, fields and values intact', async () => {
      const text = 'Tai nghe chống ồn Sony WH-1000XM5 – Đen 🎧 “bản quốc tế” 日本語 😀';
      const cache = key('bộ-nhớ-đệm 🎧');
      await store.set(cache, text);
      expect(await store.get(cache)).toBe(text);
      const h = key('giỏ-hàng');
      await store.hsetWithTtl(h, { 'màu sắc': 'Đỏ 🔴', '𝄞': text }, 60_000);
      expect(await store.hgetall(h)).toEqual({ 'màu sắc': 'Đỏ 🔴', '𝄞': text });
      expect(await store.hincrby(h, 'số lượng', 2)).toBe(2);
    });

    it('counts with incrWithTtl: the first hit starts the window, later hits keep it', async () => {
      const counter = key('rl');
      const first = await store.incrWithTtl(counter, 10_000);
      expect(first.count).toBe(1);
      expect(first.ttlMs).toBeGreaterThan(9_000);
      expect(first.ttlMs).toBeLessThanOrEqual(10_000);
      await sleep(20);
      const second = await store.incrWithTtl(counter, 10_000);
      expect(second.count).toBe(2);
      expect(second.ttlMs).toBeLessThan(first.ttlMs);
      expect(await store.get(counter)).toBe('2');
    });

    it('gives 50 concurrent incrWithTtl calls exactly the counts 1..50, all in one window', async () => {
      const counter = key('rl');
      const results = await Promise.all(Array.from({ length: 50 }, () => store.incrWithTtl(counter, 60_000)));
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
      for (const r of results) {
        expect(r.ttlMs).toBeGreaterThan(50_000);
        expect(r.ttlMs).toBeLessThanOrEqual(60_000);
      }
      expect(await store.pttl(counter)).toBeGreaterThan(50_000);
    });

    it('starts a new window once the counter expired, and gives a TTL-less counter one', async () => {
      const counter = key('rl');
      await store.incrWithTtl(counter, 50);
      await store.incrWithTtl(counter, 50);
      await sleep(120);
      expect((await store.incrWithTtl(counter, 60_000)).count).toBe(1);
      const stuck = key('rl');
      await store.set(stuck, '7'); // no TTL
      const r = await store.incrWithTtl(stuck, 60_000);
      expect(r).toEqual({ count: 8, ttlMs: expect.any(Number) });
      expect(await store.pttl(stuck)).toBeGreaterThan(50_000);
    });

    it('locks: one owner at a time, released only by its owner', async () => {
      const lock = key('lock');
      expect(await store.set(lock, 'owner-a', { nx: true, ttlMs: 30_000 })).toBe(true);
      expect(await store.set(lock, 'owner-b', { nx: true, ttlMs: 30_000 })).toBe(false);
      expect(await store.releaseLock(lock, 'owner-b')).toBe(false);
      expect(await store.get(lock)).toBe('owner-a');
      expect(await store.releaseLock(lock, 'owner-a')).toBe(true);
      expect(await store.get(lock)).toBeNull();
      expect(await store.releaseLock(lock, 'owner-a')).toBe(false);
      expect(await store.set(lock, 'owner-b', { nx: true, ttlMs: 30_000 })).toBe(true);
    });

    it('lets exactly one of many concurrent contenders take a lock', async () => {
      const lock = key('lock');
      const tokens = Array.from({ length: 20 }, (_, i) => `instance-${i}`);
      const won = await Promise.all(tokens.map((t) => store.set(lock, t, { nx: true, ttlMs: 30_000 })));
      expect(won.filter(Boolean)).toHaveLength(1);
      expect(await store.get(lock)).toBe(tokens[won.indexOf(true)]);
    });

    it('does not let an expired owner release the next owner’s lock', async () => {
      const lock = key('lock');
      expect(await store.set(lock, 'slow-job', { nx: true, ttlMs: 50 })).toBe(true);
      await sleep(120);
      expect(await store.set(lock, 'next-job', { nx: true, ttlMs: 30_000 })).toBe(true);
      expect(await store.releaseLock(lock, 'slow-job')).toBe(false);
      expect(await store.get(lock)).toBe('next-job');
    });

    it('reports a wrong-type access as RedisUnavailableError without the key in the message', async () => {
      const secret = key('cart-0f9c2d7e-secret-id');
      await store.hset(secret, { '1': 1 });
      const err = await store.get(secret).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(RedisUnavailableError);
      expect((err as Error).message).toMatch(/WRONGTYPE/);
      expect((err as Error).message).not.toContain('secret-id');
      expect(String((err as Error).stack)).not.toContain('secret-id');
    });

    it('rejects arguments that are bugs with RangeError, sending nothing', async () => {
      const k = key('bad');
      await expect(store.expire(k, 0)).rejects.toThrow(RangeError);
      await expect(store.set(k, 'v', { ttlMs: 1.5 })).rejects.toThrow(RangeError);
      await expect(store.incrWithTtl(k, -1)).rejects.toThrow(RangeError);
      await expect(store.hincrby(k, 'f', 0.5)).rejects.toThrow(RangeError);
      await expect(store.hset(k, { f: Number.NaN })).rejects.toThrow(RangeError);
      await expect(store.get('')).rejects.toThrow(RangeError);
      expect(await store.pttl(k)).toBe(-2);
    });
  });
}

describe.skipIf(!redisUp)('key prefix', () => {
  const prefixA = uniquePrefix('prefix-a');
  const prefixB = uniquePrefix('prefix-b');
  const a = createRedisStore(createIoredisStore({ url: TEST_REDIS_URL }), prefixA);
  const b = createRedisStore(createIoredisStore({ url: TEST_REDIS_URL }), prefixB);
  const raw = new Redis(TEST_REDIS_URL);
  afterAll(async () => {
    await Promise.all([a.close(), b.close(), raw.quit()]);
    await Promise.all([deleteKeys(prefixA), deleteKeys(prefixB)]);
  });

  it('stores every key under the prefix, so stores with different prefixes never meet', async () => {
    await a.hsetWithTtl('cart:1', { '5': 1 }, 60_000);
    await a.incrWithTtl('rl:1', 60_000);
    expect(await raw.hgetall(`${prefixA}cart:1`)).toEqual({ '5': '1' });
    expect(await raw.get(`${prefixA}rl:1`)).toBe('1');
    expect(await raw.exists('cart:1')).toBe(0);
    expect(await b.hgetall('cart:1')).toEqual({});
    expect(await b.releaseLock('rl:1', '1')).toBe(false);
    expect(await a.get('rl:1')).toBe('1');
  });
});
