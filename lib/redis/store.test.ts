import { describe, expect, it, vi } from 'vitest';
import { RedisUnavailableError } from './errors';
import { createRedisStore } from './store';
import type { RedisBackendImpl } from './types';

// The shared layer: prefixing, argument checks and the mapping of backend failures.

function fakeBackend(overrides: Partial<RedisBackendImpl> = {}): RedisBackendImpl {
  return {
    backend: 'upstash',
    get: vi.fn(async () => null),
    set: vi.fn(async () => true),
    del: vi.fn(async () => 0),
    expire: vi.fn(async () => true),
    pttl: vi.fn(async () => -2),
    hgetall: vi.fn(async () => ({})),
    hset: vi.fn(async () => 0),
    hsetWithTtl: vi.fn(async () => 0),
    hincrby: vi.fn(async () => 1),
    hdel: vi.fn(async () => 0),
    incrWithTtl: vi.fn(async () => ({ count: 1, ttlMs: 1_000 })),
    releaseLock: vi.fn(async () => false),
    ping: vi.fn(async () => {}),
    close: vi.fn(async () => {}),
    ...overrides,
  };
}

describe('createRedisStore', () => {
  it('adds the key prefix to every key', async () => {
    const impl = fakeBackend();
    const store = createRedisStore(impl, 'atl:');
    await store.hsetWithTtl('cart:abc', { '1': 2 }, 1_000);
    await store.del('a', 'b');
    await store.releaseLock('lock:expire-orders', 'tok');
    expect(impl.hsetWithTtl).toHaveBeenCalledWith('atl:cart:abc', { '1': 2 }, 1_000);
    expect(impl.del).toHaveBeenCalledWith('atl:a', 'atl:b');
    expect(impl.releaseLock).toHaveBeenCalledWith('atl:lock:expire-orders', 'tok');
  });

  it('does not call the backend for empty operations', async () => {
    const impl = fakeBackend();
    const store = createRedisStore(impl, 'atl:');
    expect(await store.del()).toBe(0);
    expect(await store.hset('h', {})).toBe(0);
    expect(await store.hdel('h')).toBe(0);
    expect(impl.del).not.toHaveBeenCalled();
    expect(impl.hset).not.toHaveBeenCalled();
    expect(impl.hdel).not.toHaveBeenCalled();
  });

  it('rejects bad arguments with RangeError before calling the backend', async () => {
    const impl = fakeBackend();
    const store = createRedisStore(impl, 'atl:');
    await expect(store.expire('k', 0)).rejects.toThrow(RangeError);
    await expect(store.incrWithTtl('k', 10.5)).rejects.toThrow(RangeError);
    await expect(store.hincrby('k', 'f', Number.NaN)).rejects.toThrow(RangeError);
    await expect(store.hsetWithTtl('k', { f: Number.POSITIVE_INFINITY }, 1_000)).rejects.toThrow(RangeError);
    await expect(store.get('')).rejects.toThrow(RangeError);
    expect(impl.expire).not.toHaveBeenCalled();
    expect(impl.incrWithTtl).not.toHaveBeenCalled();
  });

  it('turns backend failures into RedisUnavailableError without the command arguments', async () => {
    const cause = new Error('ERR wrong number of arguments, command was: ["hset","atl:cart:secret-cart-id"]');
    const store = createRedisStore(fakeBackend({ hset: async () => Promise.reject(cause) }), 'atl:');
    const err = await store.hset('cart:secret-cart-id', { '1': 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedisUnavailableError);
    expect(err).toMatchObject({ name: 'RedisUnavailableError', backend: 'upstash', operation: 'HSET' });
    expect((err as Error).message).toBe('Redis (upstash) HSET failed: ERR wrong number of arguments');
    expect(JSON.stringify((err as Error).cause, Object.getOwnPropertyNames(cause))).not.toContain('secret-cart-id');
  });

  it('keeps the error code of a connection failure', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED' });
    const store = createRedisStore(fakeBackend({ backend: 'ioredis', ping: async () => Promise.reject(refused) }), '');
    const err = await store.ping().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RedisUnavailableError);
    expect((err as Error).cause).toMatchObject({ code: 'ECONNREFUSED' });
  });
});
