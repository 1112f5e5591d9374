import 'server-only';
import { deserialize, serialize } from 'node:v8';
import type Redis from 'ioredis';
import { whenReady } from '@/lib/redis/ioredis-client';

// Next's incremental cache (ISR pages, route handlers' cache and the data cache of unstable_cache) in Redis,
// shared by every instance. lib/cache/next-cache-handler.mjs is the handler Next loads; it forwards here.
//
// - An entry is a hash: the value (v8-serialised: pages hold Buffers and Maps), when it was made, its tags
//   and its cache lifetime. Every entry expires after `ttlSeconds`.
// - A tag is a hash with the time it went stale and the time it expired. revalidateTag writes it; a read
//   compares it with the entry's time in the same script, so a tag expired on one instance is expired on all
//   of them at once. Expired: a miss (the next request renders). Stale only (revalidateTag(tag, 'max')): the
//   entry is served once more while Next renders a fresh one in the background.
// - Memory: every entry is listed in an index by insertion time and the oldest are dropped beyond
//   `maxEntries`; entries of filtered listings (any query string a visitor makes up) have their own, smaller
//   index, so crafted URLs evict each other and nothing else. Entries above `maxEntryBytes` are not stored.
// - 404 pages are not stored.
// - Redis down: every read is a miss and every write is skipped, so pages render from the database.

export type CacheValue = { kind: string; status?: number; headers?: Record<string, unknown>; tags?: string[] } & Record<
  string,
  unknown
>;

export type CacheEntry = { value: CacheValue | null; lastModified: number; cacheControl?: unknown };

export type CacheStoreOptions = {
  keyPrefix: string;
  ttlSeconds: number;
  maxEntries: number;
  maxFilteredEntries: number;
  maxEntryBytes: number;
  onError?: (err: unknown, op: string) => void;
};

const TAGS_HEADER = 'x-next-cache-tags';

const GET_SCRIPT = `
local e = redis.call('HMGET', KEYS[1], 'v', 'm', 't', 'c')
if not e[1] then return false end
local stale = 0
local expired = 0
local function check(tag)
  local s = redis.call('HMGET', ARGV[1] .. tag, 's', 'x')
  if s[1] then local n = tonumber(s[1]); if n > stale then stale = n end end
  if s[2] then local n = tonumber(s[2]); if n > expired then expired = n end end
end
for _, tag in ipairs(cjson.decode(e[3])) do check(tag) end
for i = 2, #ARGV do check(ARGV[i]) end
return {e[1], e[2], e[4] or '', tostring(stale), tostring(expired)}
`;

// KEYS: entry, index of all entries, index of filtered entries. ARGV: value, made at, tags, cache control,
// ttl, max entries, max filtered entries, filtered (1/0).
const SET_SCRIPT = `
redis.call('HSET', KEYS[1], 'v', ARGV[1], 'm', ARGV[2], 't', ARGV[3], 'c', ARGV[4])
redis.call('EXPIRE', KEYS[1], ARGV[5])
local function bound(index, max)
  redis.call('ZADD', index, ARGV[2], KEYS[1])
  redis.call('EXPIRE', index, ARGV[5])
  local over = redis.call('ZCARD', index) - max
  if over > 0 then
    local old = redis.call('ZRANGE', index, 0, over - 1)
    redis.call('ZREMRANGEBYRANK', index, 0, over - 1)
    for _, k in ipairs(old) do if k ~= KEYS[1] then redis.call('DEL', k) end end
  end
end
bound(KEYS[2], tonumber(ARGV[6]))
if ARGV[8] == '1' then bound(KEYS[3], tonumber(ARGV[7])) end
return 1
`;

type CacheRedis = Redis & {
  cacheGetBuffer(key: string, tagPrefix: string, ...tags: string[]): Promise<Buffer[] | null>;
  cacheSet(...args: Array<string | Buffer | number>): Promise<number>;
};

/** Page keys of filtered listings carry the encoded filter state as their last segment (lib/catalog/listing-query). */
const FILTERED_PAGE = /\/f-[A-Za-z0-9_-]+(\.[a-z]+)?$/;
/** Data cache entries of filtered listings carry this tag (lib/catalog/cached.ts). */
export const FILTERED_TAG = 'catalog:filtered';

function tagsOf(key: string, value: CacheValue, ctxTags: string[] | undefined): string[] {
  if (value.kind === 'FETCH') return [...new Set([...(ctxTags ?? []), ...(value.tags ?? [])])];
  const header = value.headers?.[TAGS_HEADER];
  const tags = typeof header === 'string' ? header.split(',').filter(Boolean) : [];
  return tags.length > 0 ? tags : [key];
}

export class RedisCacheStore {
  readonly #redis: CacheRedis;
  readonly #options: CacheStoreOptions;

  constructor(redis: Redis, options: CacheStoreOptions) {
    redis.defineCommand('cacheGet', { numberOfKeys: 1, lua: GET_SCRIPT });
    redis.defineCommand('cacheSet', { numberOfKeys: 3, lua: SET_SCRIPT });
    this.#redis = redis as CacheRedis;
    this.#options = options;
  }

  #key(kind: 'e' | 't' | 'i' | 'f', name = ''): string {
    return `${this.#options.keyPrefix}cache:${kind}:${name}`;
  }

  async get(key: string, ctx: { kind?: string; tags?: string[]; softTags?: string[] }): Promise<CacheEntry | null> {
    try {
      await whenReady(this.#redis);
      const extra = ctx.kind === 'FETCH' ? [...(ctx.tags ?? []), ...(ctx.softTags ?? [])] : [];
      const row = await this.#redis.cacheGetBuffer(this.#key('e', key), this.#key('t'), ...extra);
      if (!row) return null;
      const [value, made, control, stale, expired] = row;
      if (!value || !made) return null;
      const lastModified = Number(made.toString());
      const expiredAt = Number(expired?.toString() ?? 0);
      const staleAt = Number(stale?.toString() ?? 0);
      // Same millisecond counts as after: an entry is never trusted over an expiry it may have missed.
      if (expiredAt >= lastModified && expiredAt <= Date.now()) return null;
      const controlText = control?.toString() ?? '';
      return {
        value: deserialize(value) as CacheValue,
        // A stale tag: an age Next reads as "revalidate in the background, serve this meanwhile".
        lastModified: staleAt >= lastModified ? 1 : lastModified,
        ...(controlText ? { cacheControl: JSON.parse(controlText) as unknown } : {}),
      };
    } catch (err) {
      this.#options.onError?.(err, 'get');
      return null;
    }
  }

  async set(
    key: string,
    value: CacheValue | null,
    ctx: { tags?: string[]; cacheControl?: unknown; fetchCache?: boolean },
  ): Promise<void> {
    try {
      await whenReady(this.#redis);
      if (value === null || (value.kind === 'APP_PAGE' && value.status === 404) || value.kind === 'IMAGE') {
        // Not-found pages are not kept (any slug can be asked for); neither are optimised images here.
        await this.#redis.del(this.#key('e', key));
        return;
      }
      const bytes = serialize(value);
      if (bytes.length > this.#options.maxEntryBytes) return;
      const tags = tagsOf(key, value, ctx.tags);
      const filtered = value.kind === 'FETCH' ? tags.includes(FILTERED_TAG) : FILTERED_PAGE.test(key);
      await this.#redis.cacheSet(
        this.#key('e', key),
        this.#key('i'),
        this.#key('f'),
        bytes,
        String(Date.now()),
        JSON.stringify(tags),
        ctx.cacheControl ? JSON.stringify(ctx.cacheControl) : '',
        this.#options.ttlSeconds,
        this.#options.maxEntries,
        this.#options.maxFilteredEntries,
        filtered ? '1' : '0',
      );
    } catch (err) {
      this.#options.onError?.(err, 'set');
    }
  }

  /** `durations` absent: the tags expire now (updateTag). With durations: stale now, expired after `expire` s. */
  async revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void> {
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.length === 0) return;
    try {
      await whenReady(this.#redis);
      const now = Date.now();
      const multi = this.#redis.multi();
      for (const tag of list) {
        const key = this.#key('t', tag);
        if (durations) {
          multi.hset(key, 's', now);
          if (durations.expire !== undefined) multi.hset(key, 'x', now + durations.expire * 1000);
        } else {
          multi.hset(key, 'x', now);
        }
        // A tag record must outlive every entry made before it.
        multi.expire(key, this.#options.ttlSeconds + 60);
      }
      await multi.exec();
    } catch (err) {
      this.#options.onError?.(err, 'revalidateTag');
      throw err;
    }
  }
}
