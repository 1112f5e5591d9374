import { RedisUnavailableError } from './errors';
import type { RedisBackendImpl, RedisStore } from './types';

// The layer every backend goes through: checks the arguments (a bad one is a bug: RangeError, before
// anything is sent), adds the key prefix, and turns any backend failure into RedisUnavailableError.

function assertTtl(ttlMs: number): void {
  if (!Number.isSafeInteger(ttlMs) || ttlMs <= 0) {
    throw new RangeError(`ttlMs must be a positive integer, got ${ttlMs}`);
  }
}

function assertKey(key: string): void {
  if (typeof key !== 'string' || key.length === 0) throw new RangeError('a Redis key must be a non-empty string');
}

function assertFieldValues(fields: Record<string, string | number>): void {
  for (const value of Object.values(fields)) {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new RangeError('a hash value must be finite');
  }
}

/** `onFailure` hears of each failed operation (the Redis error counter of /api/metrics). */
export function createRedisStore(
  impl: RedisBackendImpl,
  keyPrefix: string,
  onFailure?: (operation: string) => void,
): RedisStore {
  const k = (key: string) => {
    assertKey(key);
    return keyPrefix + key;
  };
  const run = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      onFailure?.(operation);
      throw new RedisUnavailableError(impl.backend, operation, err);
    }
  };

  return {
    backend: impl.backend,
    keyPrefix,
    get: async (key) => {
      const full = k(key);
      return run('GET', () => impl.get(full));
    },
    set: async (key, value, options = {}) => {
      const full = k(key);
      if (options.ttlMs !== undefined) assertTtl(options.ttlMs);
      return run('SET', () => impl.set(full, value, options));
    },
    del: async (...keys) => {
      const full = keys.map(k);
      if (full.length === 0) return 0;
      return run('DEL', () => impl.del(...full));
    },
    expire: async (key, ttlMs) => {
      const full = k(key);
      assertTtl(ttlMs);
      return run('PEXPIRE', () => impl.expire(full, ttlMs));
    },
    pttl: async (key) => {
      const full = k(key);
      return run('PTTL', () => impl.pttl(full));
    },
    hgetall: async (key) => {
      const full = k(key);
      return run('HGETALL', () => impl.hgetall(full));
    },
    hset: async (key, fields) => {
      const full = k(key);
      assertFieldValues(fields);
      if (Object.keys(fields).length === 0) return 0;
      return run('HSET', () => impl.hset(full, fields));
    },
    hsetWithTtl: async (key, fields, ttlMs) => {
      const full = k(key);
      assertFieldValues(fields);
      assertTtl(ttlMs);
      return run('HSET+PEXPIRE', () => impl.hsetWithTtl(full, fields, ttlMs));
    },
    hincrby: async (key, field, by, options = {}) => {
      const full = k(key);
      if (!Number.isSafeInteger(by)) throw new RangeError(`hincrby needs an integer increment, got ${by}`);
      if (options.ttlMs !== undefined) assertTtl(options.ttlMs);
      return run('HINCRBY', () => impl.hincrby(full, field, by, options));
    },
    hdel: async (key, ...fields) => {
      const full = k(key);
      if (fields.length === 0) return 0;
      return run('HDEL', () => impl.hdel(full, ...fields));
    },
    incrWithTtl: async (key, ttlMs) => {
      const full = k(key);
      assertTtl(ttlMs);
      return run('INCR+PEXPIRE', () => impl.incrWithTtl(full, ttlMs));
    },
    releaseLock: async (key, token) => {
      const full = k(key);
      return run('release lock', () => impl.releaseLock(full, token));
    },
    ping: async () => run('PING', () => impl.ping()),
    close: async () => impl.close(),
  };
}
