import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { type CacheStoreOptions, type CacheValue, FILTERED_TAG, RedisCacheStore } from '@/lib/cache/redis-cache';
import { createIoredisClient } from '@/lib/redis/ioredis-client';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';

// The shared page and data cache on the real Redis: two stores with their own connections play two instances.

const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

const prefix = `test:cache:${randomUUID()}:`;
const clients: Redis[] = [];
const admin = new Redis(TEST_REDIS_URL, { lazyConnect: true });

function store(options: Partial<CacheStoreOptions> = {}, url = TEST_REDIS_URL) {
  const client = createIoredisClient({ url, connectionName: 'cache-test' });
  clients.push(client);
  return new RedisCacheStore(client, {
    keyPrefix: prefix,
    ttlSeconds: 600,
    maxEntries: 1000,
    maxFilteredEntries: 5,
    maxEntryBytes: 200_000,
    ...options,
  });
}

function page(html: string, tags: string[], status = 200): CacheValue {
  return {
    kind: 'APP_PAGE',
    html,
    rscData: Buffer.from(`rsc:${html}`),
    segmentData: new Map([['/_index', Buffer.from('seg')]]),
    headers: { 'x-next-cache-tags': tags.join(',') },
    status,
    postponed: undefined,
  };
}

function data(body: string): CacheValue {
  return { kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 3600, tags: [] };
}

afterAll(async () => {
  if (redisUp) {
    const keys = await admin.keys(`${prefix}*`);
    if (keys.length > 0) await admin.del(...keys);
  }
  admin.disconnect();
  for (const c of clients) c.disconnect();
});

describe.skipIf(!redisUp)('shared Redis cache', () => {
  it('keeps a page with its Buffers and Maps, and its cache lifetime, for another instance', async () => {
    const a = store();
    const b = store();
    await a.set('/san-pham/loa-1', page('<p>loa</p>', ['product:loa-1', '_N_T_/san-pham/loa-1']), {
      cacheControl: { revalidate: 3600, expire: undefined },
    });
    const got = await b.get('/san-pham/loa-1', { kind: 'APP_PAGE' });
    expect(got?.value?.html).toBe('<p>loa</p>');
    expect(Buffer.isBuffer(got?.value?.rscData)).toBe(true);
    expect(String(got?.value?.rscData)).toBe('rsc:<p>loa</p>');
    expect(String((got?.value?.segmentData as Map<string, Buffer> | undefined)?.get('/_index'))).toBe('seg');
    expect(got?.cacheControl).toEqual({ revalidate: 3600 });
    expect(got?.lastModified).toBeGreaterThan(Date.now() - 60_000);
  });

  it('expires a tag on every instance at once; a stale-only tag serves the entry once more for a background refresh', async () => {
    const a = store();
    const b = store();
    await b.set('/danh-muc/loa', page('<p>list</p>', ['category:loa', 'products']), {});
    await b.set('data-1', data('{"n":1}'), { tags: ['product:x'] });
    expect(await b.get('/danh-muc/loa', { kind: 'APP_PAGE' })).not.toBeNull();

    await a.revalidateTag(['category:loa']); // updateTag: expired now
    expect(await b.get('/danh-muc/loa', { kind: 'APP_PAGE' })).toBeNull();
    // Made after the expiry: fresh again.
    await new Promise((r) => setTimeout(r, 5));
    await b.set('/danh-muc/loa', page('<p>list 2</p>', ['category:loa', 'products']), {});
    expect((await a.get('/danh-muc/loa', { kind: 'APP_PAGE' }))?.value?.html).toBe('<p>list 2</p>');

    // The data cache entry's tags come from the read (ctx.tags) as well as from the write.
    expect((await a.get('data-1', { kind: 'FETCH', tags: ['product:x'] }))?.lastModified).toBeGreaterThan(1);
    await b.revalidateTag('product:x', { expire: 3600 }); // revalidateTag(tag, 'max'): stale, not expired
    const stale = await a.get('data-1', { kind: 'FETCH', tags: ['product:x'] });
    expect(stale?.value).toMatchObject({ kind: 'FETCH' });
    expect(stale?.lastModified).toBe(1);
    // A tag the read names (an implicit path tag) counts too.
    await a.set('data-2', data('{"n":2}'), { tags: ['brand:jbl'] });
    await b.revalidateTag('_N_T_/thuong-hieu/jbl');
    expect(
      await a.get('data-2', { kind: 'FETCH', tags: ['brand:jbl'], softTags: ['_N_T_/thuong-hieu/jbl'] }),
    ).toBeNull();
  });

  it('does not keep 404 pages, and a 404 replaces what was kept under its key', async () => {
    const a = store();
    await a.set('/san-pham/khong-co', page('found', ['product:khong-co']), {});
    await a.set('/san-pham/khong-co', page('not found', ['product:khong-co'], 404), {});
    expect(await a.get('/san-pham/khong-co', { kind: 'APP_PAGE' })).toBeNull();
    expect(await admin.exists(`${prefix}cache:e:/san-pham/khong-co`)).toBe(0);
  });

  it('bounds filtered listings to their own pool, oldest out, without touching other entries; skips entries too large', async () => {
    const a = store({ maxFilteredEntries: 5 });
    await a.set('/danh-muc/loa-keo', page('plain', ['category:loa-keo']), {});
    for (let i = 0; i < 12; i++) {
      const state = Buffer.from(`minPrice=${i}`).toString('base64url');
      await a.set(`/danh-muc/loa-keo/f-${state}`, page(`state ${i}`, ['category:loa-keo']), {});
      await a.set(`filtered-data-${i}`, data(String(i)), { tags: [FILTERED_TAG, 'products'] });
    }
    const filteredPages = await admin.keys(`${prefix}cache:e:/danh-muc/loa-keo/f-*`);
    const filteredData = await admin.keys(`${prefix}cache:e:filtered-data-*`);
    expect(filteredPages.length + filteredData.length).toBe(5);
    // The newest survive.
    expect(await a.get('filtered-data-11', { kind: 'FETCH' })).not.toBeNull();
    expect(await a.get('filtered-data-0', { kind: 'FETCH' })).toBeNull();
    expect((await a.get('/danh-muc/loa-keo', { kind: 'APP_PAGE' }))?.value?.html).toBe('plain');
    expect(await admin.zcard(`${prefix}cache:f:`)).toBe(5);

    await a.set('/big', page('x'.repeat(300_000), ['big']), {});
    expect(await a.get('/big', { kind: 'APP_PAGE' })).toBeNull();
  });

  it('bounds every entry by the TTL and the total count', async () => {
    const a = store({ maxEntries: 3, ttlSeconds: 120 });
    const own = `${randomUUID()}`;
    for (let i = 0; i < 3; i++) await a.set(`/ttl-${own}-${i}`, page(String(i), ['t']), {});
    const ttl = await admin.ttl(`${prefix}cache:e:/ttl-${own}-2`);
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
    expect(await admin.zcard(`${prefix}cache:i:`)).toBe(3);
    expect(await a.get(`/ttl-${own}-2`, { kind: 'APP_PAGE' })).not.toBeNull();
  });

  it('with Redis down, reads miss and writes are skipped, at once', async () => {
    const errors: string[] = [];
    const down = store({ onError: (_err, op) => errors.push(op) }, 'redis://127.0.0.1:1');
    const started = Date.now();
    expect(await down.get('/san-pham/loa-1', { kind: 'APP_PAGE' })).toBeNull();
    await down.set('/san-pham/loa-1', page('x', ['t']), {});
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(errors).toEqual(['get', 'set']);
  });
});
