import 'server-only';
import { type Env, getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { getIoredisConnection } from '@/lib/redis/connection';
import { createIoredisClient, logOutages } from '@/lib/redis/ioredis-client';
import { RedisCacheStore } from './redis-cache';

// Called once per server instance (instrumentation.ts): with Redis configured, Next's cache handler
// (lib/cache/next-cache-handler.mjs) finds this store and every instance shares one cache.

const STORE = Symbol.for('audio-tai-loc.cache-store');

export function createCacheStore(env: Env): RedisCacheStore | null {
  // A cache Redis of its own (CACHE_REDIS_URL), else the application's (REDIS_URL or its Sentinel group).
  const connection = env.CACHE_REDIS_URL
    ? { kind: 'url' as const, url: env.CACHE_REDIS_URL }
    : getIoredisConnection(env);
  if (!connection) return null;
  const client = createIoredisClient({ connection, connectionName: 'audio-tai-loc-cache' });
  logOutages(client, logger, 'page cache');
  let lastErrorLog = 0;
  return new RedisCacheStore(client, {
    keyPrefix: env.REDIS_KEY_PREFIX,
    ttlSeconds: env.CACHE_TTL_SECONDS,
    maxEntries: env.CACHE_MAX_ENTRIES,
    maxFilteredEntries: env.CACHE_MAX_FILTERED_ENTRIES,
    maxEntryBytes: env.CACHE_MAX_ENTRY_BYTES,
    onError: (err, op) => {
      // Redis down: pages render from the database; one line per 10 s rather than one per request.
      if (Date.now() - lastErrorLog < 10_000) return;
      lastErrorLog = Date.now();
      logger.warn(
        { err: err instanceof Error ? { name: err.name, message: err.message } : err, op },
        'page cache unavailable',
      );
    },
  });
}

export function registerCacheStore(): boolean {
  const g = globalThis as typeof globalThis & { [STORE]?: RedisCacheStore };
  if (g[STORE]) return true;
  const store = createCacheStore(getEnv());
  if (!store) return false;
  g[STORE] = store;
  logger.info('shared page and data cache: Redis');
  return true;
}
