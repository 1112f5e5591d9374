import { describe, expect, it } from 'vitest';
import { envSchema, parseEnv, paymentSandboxEnabled } from './env';

describe('environment', () => {
  it('defaults to the embedded database in development', () => {
    const env = parseEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toBe('./.data/pglite');
    expect(env.SITE_URL).toBe('http://localhost:3000');
  });

  it('refuses production without DATABASE_URL, naming the variable', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/DATABASE_URL: is required in production/);
    expect(() => parseEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' })).not.toThrow();
  });

  it('defaults to the in-memory Redis store outside production, with the atl: key prefix', () => {
    const env = parseEnv({});
    expect(env.REDIS_URL).toBeUndefined();
    expect(env.UPSTASH_REDIS_REST_URL).toBeUndefined();
    expect(env.REDIS_KEY_PREFIX).toBe('atl:');
    expect(parseEnv({ NODE_ENV: 'test', REDIS_KEY_PREFIX: '' }).REDIS_KEY_PREFIX).toBe('atl:');
  });

  it('refuses production without Redis, naming the variable, except during next build', () => {
    // Only the Redis issue is checked: other variables have production requirements of their own.
    const redisIssue = (source: Record<string, string>) =>
      envSchema.safeParse(source).error?.issues.find((i) => i.path[0] === 'REDIS_URL')?.message;
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/atl' };
    expect(redisIssue(prod)).toMatch(/^is required in production \(or UPSTASH_REDIS_REST_URL/);
    expect(() => parseEnv(prod)).toThrow(/REDIS_URL: is required in production/);
    expect(redisIssue({ ...prod, NEXT_PHASE: 'phase-production-build' })).toBeUndefined();
    expect(redisIssue({ ...prod, REDIS_URL: 'redis://redis:6379' })).toBeUndefined();
    expect(
      redisIssue({ ...prod, UPSTASH_REDIS_REST_URL: 'https://eu1-x.upstash.io', UPSTASH_REDIS_REST_TOKEN: 't' }),
    ).toBeUndefined();
  });

  it('needs the Upstash URL and token together', () => {
    expect(() => parseEnv({ UPSTASH_REDIS_REST_URL: 'https://eu1-x.upstash.io' })).toThrow(
      /UPSTASH_REDIS_REST_TOKEN: UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together/,
    );
    expect(() => parseEnv({ UPSTASH_REDIS_REST_TOKEN: 't' })).toThrow(/UPSTASH_REDIS_REST_URL/);
  });

  it('names malformed variables', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => parseEnv({ SITE_URL: 'not a url' })).toThrow(/SITE_URL/);
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: 'postgres://a/b, nope' })).toThrow(/DATABASE_REPLICA_URLS/);
    expect(() => parseEnv({ REDIS_URL: 'http://redis:6379' })).toThrow(/REDIS_URL/);
    expect(() => parseEnv({ REDIS_KEY_PREFIX: 'has space' })).toThrow(/REDIS_KEY_PREFIX/);
    expect(parseEnv({ DATABASE_REPLICA_URLS: 'postgres://a/b, postgres://c/d' }).DATABASE_REPLICA_URLS).toEqual([
      'postgres://a/b',
      'postgres://c/d',
    ]);
  });

  it('takes the keys of each payment gateway as a set, and names the missing ones', () => {
    expect(() => parseEnv({ PAYOS_CLIENT_ID: 'id', PAYOS_API_KEY: 'key' })).toThrow(
      /PAYOS_CHECKSUM_KEY: is required with the other PayOS keys/,
    );
    expect(() => parseEnv({ VNPAY_HASH_SECRET: 's' })).toThrow(/VNPAY_TMN_CODE: is required with the other VNPay keys/);
    expect(() => parseEnv({ MOMO_PARTNER_CODE: 'p' })).toThrow(/MOMO_ACCESS_KEY[\s\S]*MOMO_SECRET_KEY/);
    const env = parseEnv({ VNPAY_TMN_CODE: 'T', VNPAY_HASH_SECRET: 'S', PAYOS_BASE_URL: 'http://127.0.0.1:9/' });
    expect(env.PAYOS_BASE_URL).toBe('http://127.0.0.1:9');
    expect(env.PAYMENT_WINDOW_MINUTES).toBe(15);
  });

  it('never runs the payment sandbox in production, and names the hosts production needs', () => {
    expect(paymentSandboxEnabled(parseEnv({}))).toBe(true); // development
    expect(paymentSandboxEnabled(parseEnv({ NODE_ENV: 'test' }))).toBe(false);
    expect(paymentSandboxEnabled(parseEnv({ NODE_ENV: 'test', PAYMENT_SANDBOX: 'true' }))).toBe(true);
    expect(paymentSandboxEnabled({ NODE_ENV: 'production', PAYMENT_SANDBOX: 'true' })).toBe(false);
    const issues = (source: Record<string, string>) =>
      envSchema
        .safeParse({ NODE_ENV: 'production', ...source })
        .error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(issues({ PAYMENT_SANDBOX: 'true' })).toContain('PAYMENT_SANDBOX: cannot be enabled in production');
    expect(issues({ VNPAY_TMN_CODE: 'T', VNPAY_HASH_SECRET: 'S' })).toContain(
      'VNPAY_HOST: is required in production with VNPay keys (e.g. https://pay.vnpay.vn)',
    );
    expect(issues({ MOMO_PARTNER_CODE: 'P', MOMO_ACCESS_KEY: 'A', MOMO_SECRET_KEY: 'S' })).toContain(
      'MOMO_ENDPOINT: is required in production with MoMo keys (e.g. https://payment.momo.vn)',
    );
  });
});

describe('.env.example', () => {
  it('documents every variable the app reads', async () => {
    const { readFile } = await import('node:fs/promises');
    const { envSchema } = await import('./env');
    const example = await readFile('.env.example', 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((m) => m[1]));
    // NODE_ENV and NEXT_PHASE are set by the tooling, not by whoever deploys.
    const read = Object.keys(envSchema.shape).filter((k) => k !== 'NODE_ENV' && k !== 'NEXT_PHASE');
    expect(read.filter((k) => !documented.has(k))).toEqual([]);
  });
});
