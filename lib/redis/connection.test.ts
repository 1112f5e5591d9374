import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';
import { getIoredisConnection, ioredisOptions } from './connection';

describe('ioredis connection options', () => {
  it('turns a redis:// URL into host, port, credentials, database and TLS', () => {
    const connection = getIoredisConnection(parseEnv({ REDIS_URL: 'rediss://user:p%40ss@cache.local:6380/2' }));
    expect(connection).toEqual({ kind: 'url', url: 'rediss://user:p%40ss@cache.local:6380/2' });
    if (!connection) throw new Error('no connection');
    expect(ioredisOptions(connection, { commandTimeout: 1000 })).toEqual({
      host: 'cache.local',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      tls: {},
      commandTimeout: 1000,
    });
  });

  it('asks the Sentinels for the primary when REDIS_SENTINELS is set, keeping the URL credentials', () => {
    const env = parseEnv({
      REDIS_SENTINELS: 's1:26379, 10.0.0.2:26380,[::1]:26381',
      REDIS_SENTINEL_NAME: 'atl-primary',
      REDIS_URL: 'redis://:secret@ignored:6379/1',
      REDIS_SENTINEL_PASSWORD: 'sentinel-secret',
    });
    const connection = getIoredisConnection(env);
    if (!connection) throw new Error('no connection');
    const options = ioredisOptions(connection, { maxRetriesPerRequest: null });
    expect(options).toMatchObject({
      sentinels: [
        { host: 's1', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
        { host: '::1', port: 26381 },
      ],
      name: 'atl-primary',
      role: 'master',
      password: 'secret',
      db: 1,
      sentinelPassword: 'sentinel-secret',
      failoverDetector: true,
      maxRetriesPerRequest: null,
    });
    expect(options.host).toBeUndefined();
    // A demoted primary's READONLY answer makes the client go back to the Sentinels.
    expect(options.reconnectOnError?.(new Error("READONLY You can't write against a read only replica."))).toBe(true);
    expect(options.reconnectOnError?.(new Error('WRONGTYPE'))).toBe(false);
  });

  it('needs no REDIS_URL with Sentinels, even in production, and refuses malformed addresses', () => {
    const production = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://a@b/c',
      ORDER_TOKEN_SECRET: 'x'.repeat(32),
      AUTH_SECRET: 'y'.repeat(32),
      SMTP_URL: 'smtp://mail:25',
    };
    expect(getIoredisConnection(parseEnv({ ...production, REDIS_SENTINELS: 's1:26379' }))?.kind).toBe('sentinel');
    expect(() => parseEnv({ ...production })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ REDIS_SENTINELS: 's1' })).toThrow(/REDIS_SENTINELS.*host:port/s);
    expect(() => parseEnv({ REDIS_SENTINELS: 's1:70000' })).toThrow(/port must be/);
    expect(() => parseEnv({ REDIS_SENTINEL_NAME: 'bad name' })).toThrow(/REDIS_SENTINEL_NAME/);
  });
});
