import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore } from './memory-store';
import type { RedisBackendImpl } from './types';

// The in-memory store's clock-dependent behaviour, with a fake clock (the contract suite in
// tests/integration/redis-contract.test.ts covers the rest against the same expectations as Redis).

describe('in-memory Redis store', () => {
  let store: RedisBackendImpl;
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-01-01T00:00:00Z') });
    store = createMemoryStore();
  });
  afterEach(async () => {
    await store.close();
    vi.useRealTimers();
  });

  it('expires a key exactly when its TTL has passed, and a sliding refresh moves that moment', async () => {
    await store.hsetWithTtl('cart', { '1': 1 }, 30_000);
    vi.advanceTimersByTime(29_999);
    expect(await store.pttl('cart')).toBe(1);
    await store.hincrby('cart', '1', 1, { ttlMs: 30_000 });
    vi.advanceTimersByTime(29_999);
    expect(await store.hgetall('cart')).toEqual({ '1': '2' });
    vi.advanceTimersByTime(1);
    expect(await store.hgetall('cart')).toEqual({});
    expect(await store.pttl('cart')).toBe(-2);
  });

  it('keeps a fixed window for incrWithTtl and starts a new one after it', async () => {
    expect(await store.incrWithTtl('rl', 60_000)).toEqual({ count: 1, ttlMs: 60_000 });
    vi.advanceTimersByTime(45_000);
    expect(await store.incrWithTtl('rl', 60_000)).toEqual({ count: 2, ttlMs: 15_000 });
    vi.advanceTimersByTime(15_000);
    expect(await store.incrWithTtl('rl', 60_000)).toEqual({ count: 1, ttlMs: 60_000 });
  });

  it('frees an expired lock for the next owner', async () => {
    expect(await store.set('lock', 'a', { nx: true, ttlMs: 1_000 })).toBe(true);
    vi.advanceTimersByTime(999);
    expect(await store.set('lock', 'b', { nx: true, ttlMs: 1_000 })).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await store.set('lock', 'b', { nx: true, ttlMs: 1_000 })).toBe(true);
    expect(await store.releaseLock('lock', 'a')).toBe(false);
  });

  it('raises the errors Redis raises', async () => {
    await store.set('s', 'text');
    await expect(store.hgetall('s')).rejects.toThrow(/^WRONGTYPE/);
    await expect(store.hincrby('s', 'f', 1)).rejects.toThrow(/^WRONGTYPE/);
    await store.hset('h', { n: '1.5', big: String(Number.MAX_SAFE_INTEGER) });
    await expect(store.get('h')).rejects.toThrow(/^WRONGTYPE/);
    await expect(store.hincrby('h', 'n', 1)).rejects.toThrow(/not an integer/);
    await expect(store.hincrby('h', 'big', 1)).rejects.toThrow(/overflow/);
    await expect(store.incrWithTtl('h', 1_000)).rejects.toThrow(/^WRONGTYPE/);
  });

  it('keeps "__proto__" and other odd field names as plain data', async () => {
    await store.hset('h', { ['__proto__']: '1', constructor: '2' });
    const h = await store.hgetall('h');
    expect(Object.keys(h).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(h)).toBe(Object.prototype);
  });
});
