import { randomUUID } from 'node:crypto';
import { Redis as UpstashClient } from '@upstash/redis';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisUnavailableError } from '@/lib/redis/errors';
import { createRedisStore } from '@/lib/redis/store';
import { createUpstashStore } from '@/lib/redis/upstash-store';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { startUpstashRestServer, type UpstashRestServer } from '../support/upstash-rest-server';

// tests/support/upstash-rest-server.ts stands in for Upstash in the contract suite; these tests check
// that it speaks the protocol @upstash/redis expects, so the Upstash backend is tested on firm ground.

const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);
const prefix = `atl-test:upstash-server:${process.pid}:${randomUUID().slice(0, 8)}:`;

describe.skipIf(!redisUp)('the test Upstash REST server', () => {
  let server: UpstashRestServer;
  beforeAll(async () => {
    server = await startUpstashRestServer({ redisUrl: TEST_REDIS_URL });
  });
  afterAll(async () => {
    await server.close();
    const raw = new Redis(TEST_REDIS_URL);
    const keys = await raw.keys(`${prefix}*`);
    if (keys.length > 0) await raw.del(...keys);
    await raw.quit();
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.token}`, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('requires the bearer token', async () => {
    const res = await post('/', ['PING'], { authorization: 'Bearer wrong' });
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: 'Unauthorized' });
    const viaClient = createRedisStore(createUpstashStore({ url: server.url, token: 'wrong' }), prefix);
    await expect(viaClient.ping()).rejects.toBeInstanceOf(RedisUnavailableError);
  });

  it('answers a command with {result}, base64-encoding strings only when asked', async () => {
    await post('/', ['SET', `${prefix}s`, 'Đen 🎧']);
    expect(await (await post('/', ['GET', `${prefix}s`])).json()).toEqual({ result: 'Đen 🎧' });
    expect(await (await post('/', ['GET', `${prefix}s`], { 'Upstash-Encoding': 'base64' })).json()).toEqual({
      result: Buffer.from('Đen 🎧').toString('base64'),
    });
    expect(await (await post('/', ['INCR', `${prefix}n`], { 'Upstash-Encoding': 'base64' })).json()).toEqual({
      result: 1,
    });
    expect(await (await post('/', ['GET', `${prefix}none`])).json()).toEqual({ result: null });
  });

  it('answers a failing command with 400 {error}', async () => {
    const res = await post('/', ['HINCRBY', `${prefix}s`, 'f', 1]);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/^WRONGTYPE/) });
    expect((await post('/', [])).status).toBe(400);
    expect((await post('/', { not: 'a command' })).status).toBe(400);
  });

  it('runs /pipeline and /multi-exec as @upstash/redis sends them', async () => {
    const client = new UpstashClient({ url: server.url, token: server.token, enableTelemetry: false });
    const piped = await client
      .pipeline()
      .set(`${prefix}p`, 'một')
      .get(`${prefix}p`)
      .hincrby(`${prefix}p`, 'f', 1)
      .exec({ keepErrors: true });
    expect(piped.map((r) => r.error ?? null)).toEqual([null, null, expect.stringMatching(/^WRONGTYPE/)]);
    expect(piped[1]?.result).toBe('một');
    const tx = await client
      .multi()
      .hset(`${prefix}h`, { a: 1 })
      .pexpire(`${prefix}h`, 60_000)
      .hgetall(`${prefix}h`)
      .exec();
    expect(tx).toEqual([1, 1, { a: 1 }]); // the client's default deserialization parses "1"
    const raw = await (
      await post('/multi-exec', [
        ['INCR', `${prefix}m`],
        ['INCR', `${prefix}m`],
      ])
    ).json();
    expect(raw).toEqual([{ result: 1 }, { result: 2 }]);
    const aborted = await post('/multi-exec', [['INCR', `${prefix}m`], ['NOSUCHCOMMAND']]);
    expect(aborted.status).toBe(400);
    expect(await (await post('/', ['GET', `${prefix}m`])).json()).toEqual({ result: '2' });
  });
});
