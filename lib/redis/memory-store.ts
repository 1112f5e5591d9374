import 'server-only';
import type { CounterResult, RedisBackendImpl, SetOptions } from './types';

// A Redis stand-in for development and tests when neither REDIS_URL nor Upstash is configured: one
// process only, lost on restart (refused in production by lib/env.ts). It follows Redis semantics for
// the commands of RedisCommands, including WRONGTYPE and non-integer errors, so that code behaves the
// same on every backend (tests/integration/redis-contract.test.ts runs one suite against all three).
// Each method runs without awaiting in between, so it is atomic like a Redis command.

type Entry =
  | { type: 'string'; value: string; expiresAt: number | null }
  | { type: 'hash'; value: Map<string, string>; expiresAt: number | null };

const SWEEP_INTERVAL_MS = 60_000;
const INTEGER = /^-?(0|[1-9]\d*)$/;

function wrongType(): Error {
  return new Error('WRONGTYPE Operation against a key holding the wrong kind of value');
}

function parseInteger(value: string, what: string): number {
  const n = Number(value);
  if (!INTEGER.test(value) || !Number.isSafeInteger(n))
    throw new Error(`ERR ${what} is not an integer or out of range`);
  return n;
}

export function createMemoryStore(): RedisBackendImpl {
  const data = new Map<string, Entry>();

  const live = (key: string): Entry | undefined => {
    const entry = data.get(key);
    if (entry?.expiresAt != null && entry.expiresAt <= Date.now()) {
      data.delete(key);
      return undefined;
    }
    return entry;
  };
  const hash = (key: string): Map<string, string> | undefined => {
    const entry = live(key);
    if (entry && entry.type !== 'hash') throw wrongType();
    return entry?.value;
  };
  const hashForWrite = (key: string): Map<string, string> => {
    const existing = hash(key);
    if (existing) return existing;
    const value = new Map<string, string>();
    data.set(key, { type: 'hash', value, expiresAt: null });
    return value;
  };
  const expireAfter = (key: string, ttlMs: number): boolean => {
    const entry = live(key);
    if (!entry) return false;
    entry.expiresAt = Date.now() + ttlMs;
    return true;
  };
  const hsetNow = (key: string, fields: Record<string, string | number>): number => {
    const entries = Object.entries(fields);
    if (entries.length === 0) return 0;
    const h = hashForWrite(key);
    let added = 0;
    for (const [field, value] of entries) {
      if (!h.has(field)) added++;
      h.set(field, String(value));
    }
    return added;
  };
  const hincrbyNow = (key: string, field: string, by: number): number => {
    const h = hashForWrite(key);
    const current = h.get(field);
    const next = (current === undefined ? 0 : parseInteger(current, 'hash value')) + by;
    if (!Number.isSafeInteger(next)) throw new Error('ERR increment or decrement would overflow');
    h.set(field, String(next));
    return next;
  };

  // Expired keys are dropped when read; the sweep bounds the memory held by keys nobody reads again.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, entry] of data) if (entry.expiresAt != null && entry.expiresAt <= now) data.delete(key);
  }, SWEEP_INTERVAL_MS);
  sweep.unref?.();

  return {
    backend: 'memory',
    async get(key) {
      const entry = live(key);
      if (!entry) return null;
      if (entry.type !== 'string') throw wrongType();
      return entry.value;
    },
    async set(key, value, { ttlMs, nx }: SetOptions = {}) {
      if (nx && live(key)) return false;
      data.set(key, { type: 'string', value, expiresAt: ttlMs === undefined ? null : Date.now() + ttlMs });
      return true;
    },
    async del(...keys) {
      let removed = 0;
      for (const key of keys) if (live(key) && data.delete(key)) removed++;
      return removed;
    },
    async expire(key, ttlMs) {
      return expireAfter(key, ttlMs);
    },
    async pttl(key) {
      const entry = live(key);
      if (!entry) return -2;
      return entry.expiresAt == null ? -1 : entry.expiresAt - Date.now();
    },
    async hgetall(key) {
      return Object.fromEntries(hash(key) ?? []);
    },
    async hset(key, fields) {
      return hsetNow(key, fields);
    },
    async hsetWithTtl(key, fields, ttlMs) {
      const added = hsetNow(key, fields);
      expireAfter(key, ttlMs);
      return added;
    },
    async hincrby(key, field, by, { ttlMs } = {}) {
      const value = hincrbyNow(key, field, by);
      if (ttlMs !== undefined) expireAfter(key, ttlMs);
      return value;
    },
    async hdel(key, ...fields) {
      const h = hash(key);
      if (!h) return 0;
      let removed = 0;
      for (const field of fields) if (h.delete(field)) removed++;
      if (h.size === 0) data.delete(key);
      return removed;
    },
    async incrWithTtl(key, ttlMs): Promise<CounterResult> {
      const entry = live(key);
      if (entry && entry.type !== 'string') throw wrongType();
      const count = (entry ? parseInteger(entry.value, 'value') : 0) + 1;
      const now = Date.now();
      const expiresAt = entry?.expiresAt ?? now + ttlMs;
      data.set(key, { type: 'string', value: String(count), expiresAt });
      return { count, ttlMs: expiresAt - now };
    },
    async releaseLock(key, token) {
      const entry = live(key);
      if (entry && entry.type !== 'string') throw wrongType();
      if (entry?.value !== token) return false;
      data.delete(key);
      return true;
    },
    async ping() {},
    async close() {
      clearInterval(sweep);
      data.clear();
    },
  };
}
