import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { getRedis, getRedisConfig } from './client';

describe('Redis backend selection', () => {
  it('uses ioredis for REDIS_URL, Upstash for its URL and token, and memory for neither', () => {
    expect(getRedisConfig(parseEnv({ REDIS_URL: 'redis://127.0.0.1:6379' }))).toEqual({
      backend: 'ioredis',
      connection: { kind: 'url', url: 'redis://127.0.0.1:6379' },
      keyPrefix: 'atl:',
    });
    const upstash = { UPSTASH_REDIS_REST_URL: 'https://eu1-x.upstash.io', UPSTASH_REDIS_REST_TOKEN: 'tok' };
    expect(getRedisConfig(parseEnv(upstash))).toEqual({
      backend: 'upstash',
      url: 'https://eu1-x.upstash.io',
      token: 'tok',
      keyPrefix: 'atl:',
    });
    expect(getRedisConfig(parseEnv({ NODE_ENV: 'test', REDIS_KEY_PREFIX: 't1:' }))).toEqual({
      backend: 'memory',
      keyPrefix: 't1:',
    });
    expect(getRedisConfig(parseEnv({ ...upstash, REDIS_URL: 'redis://r:6379' })).backend).toBe('ioredis');
  });

  it('refuses the in-memory store in production even if the environment check was bypassed', () => {
    const building = parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' });
    expect(() => getRedisConfig(building)).toThrow(/REDIS_URL .*is required in production/);
  });

  it('keeps one store per process', async () => {
    const [a, b] = await Promise.all([getRedis(), getRedis()]);
    expect(a).toBe(b);
    expect(await getRedis()).toBe(a);
  });
});
