// @ts-check
// The cache handler Next loads (next.config.ts `cacheHandler`) for ISR pages, the route cache and the data
// cache. Next imports it at run time without compiling it, so it is plain JavaScript and stays a shim: the
// Redis cache itself is lib/cache/redis-cache.ts, which instrumentation.ts builds with the app's validated
// settings and registers on globalThis when REDIS_URL is set. Without it (`next build`, development without
// Redis) this handler is Next's own file-system cache.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {new (ctx: unknown) => Handler} */
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;

/**
 * @typedef {{
 *   get(key: string, ctx: unknown): Promise<unknown>;
 *   set(key: string, data: unknown, ctx: unknown): Promise<void>;
 *   revalidateTag(tags: string | string[], durations?: { expire?: number }): Promise<void>;
 *   resetRequestCache?(): void;
 * }} Handler
 */

const STORE = Symbol.for('audio-tai-loc.cache-store');

export default class CacheHandler {
  /** @param {unknown} ctx */
  constructor(ctx) {
    /** @type {Handler | undefined} */
    const shared = /** @type {Record<symbol, Handler | undefined>} */ (/** @type {unknown} */ (globalThis))[STORE];
    /** @type {Handler} */
    this.impl = shared ?? new FileSystemCache(ctx);
  }

  /** @param {string} key @param {unknown} ctx */
  get(key, ctx) {
    return this.impl.get(key, ctx);
  }

  /** @param {string} key @param {unknown} data @param {unknown} ctx */
  set(key, data, ctx) {
    return this.impl.set(key, data, ctx);
  }

  /** @param {string | string[]} tags @param {{ expire?: number }} [durations] */
  revalidateTag(tags, durations) {
    return this.impl.revalidateTag(tags, durations);
  }

  resetRequestCache() {
    this.impl.resetRequestCache?.();
  }
}
