import 'server-only';
import { type Env, getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { metrics } from '@/lib/metrics/registry';
import { getIoredisConnection, type IoredisConnection } from './connection';
import { createIoredisStore } from './ioredis-store';
import { createMemoryStore } from './memory-store';
import { createRedisStore } from './store';
import type { RedisStore } from './types';

// One Redis store per process, kept on globalThis so that Next's separate bundles and dev hot reloads
// share it (one TCP connection; in development, one in-memory cart store that survives a reload).

export type RedisConfig =
  | { backend: 'ioredis'; connection: IoredisConnection; keyPrefix: string }
  | { backend: 'upstash'; url: string; token: string; keyPrefix: string }
  | { backend: 'memory'; keyPrefix: string };

/** Which backend the environment asks for. REDIS_URL (or REDIS_SENTINELS) wins when Upstash is configured too. */
export function getRedisConfig(env: Env): RedisConfig {
  const keyPrefix = env.REDIS_KEY_PREFIX;
  const connection = getIoredisConnection(env);
  if (connection) return { backend: 'ioredis', connection, keyPrefix };
  if (env.UPSTASH_REDIS_REST_URL && env.UPSTASH_REDIS_REST_TOKEN) {
    return { backend: 'upstash', url: env.UPSTASH_REDIS_REST_URL, token: env.UPSTASH_REDIS_REST_TOKEN, keyPrefix };
  }
  // env validation already refuses this in production; checked again because carts would silently
  // live in one instance's memory.
  if (env.NODE_ENV === 'production') {
    throw new Error('REDIS_URL (or UPSTASH_REDIS_REST_URL + UPSTASH_REDIS_REST_TOKEN) is required in production.');
  }
  return { backend: 'memory', keyPrefix };
}

const countFailure = (operation: string) => metrics().redisErrors.inc({ operation });

export async function openRedisStore(config: RedisConfig): Promise<RedisStore> {
  switch (config.backend) {
    case 'ioredis':
      return createRedisStore(
        createIoredisStore({ connection: config.connection, logger }),
        config.keyPrefix,
        countFailure,
      );
    case 'upstash': {
      // Imported only when used, so TCP deployments never load the HTTP client.
      const { createUpstashStore } = await import('./upstash-store');
      return createRedisStore(
        createUpstashStore({ url: config.url, token: config.token }),
        config.keyPrefix,
        countFailure,
      );
    }
    case 'memory':
      return createRedisStore(createMemoryStore(), config.keyPrefix);
    default: {
      const unknown: never = config;
      throw new Error(`unknown Redis backend ${JSON.stringify(unknown)}`);
    }
  }
}

const globalKey = Symbol.for('audio-tai-loc.redis');
type GlobalWithRedis = typeof globalThis & { [globalKey]?: Promise<RedisStore> };

/** The process-wide store. Backend failures surface per call as RedisUnavailableError. */
export async function getRedis(): Promise<RedisStore> {
  const g = globalThis as GlobalWithRedis;
  if (!g[globalKey]) {
    const env = getEnv();
    const config = getRedisConfig(env);
    if (config.backend === 'memory') {
      logger.warn(
        'REDIS_URL and UPSTASH_REDIS_REST_URL are not set: using an in-memory Redis store (development only; carts and rate limits live in this process and are lost on restart)',
      );
    } else {
      if (config.backend === 'ioredis' && env.UPSTASH_REDIS_REST_URL) {
        logger.warn('both REDIS_URL (or REDIS_SENTINELS) and UPSTASH_REDIS_REST_URL are set: using ioredis');
      }
      const sentinel = config.backend === 'ioredis' && config.connection.kind === 'sentinel';
      logger.info({ backend: config.backend, sentinel, keyPrefix: config.keyPrefix }, 'Redis store configured');
    }
    g[globalKey] = openRedisStore(config).catch((err: unknown) => {
      g[globalKey] = undefined; // let the next request try again rather than caching a failure
      throw err;
    });
  }
  return g[globalKey];
}

/** For /api/ready: rejects with RedisUnavailableError when Redis does not answer. */
export async function pingRedis(): Promise<void> {
  await (await getRedis()).ping();
}

/** Shutdown: closes the store's connection. */
export async function closeRedis(): Promise<void> {
  const g = globalThis as GlobalWithRedis;
  const open = g[globalKey];
  if (!open) return;
  g[globalKey] = undefined;
  await (await open).close();
}
