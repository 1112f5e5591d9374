// The one Redis interface the app uses (carts, rate limits, job locks, short caches), whatever the
// backend. Keys are given without the prefix (REDIS_KEY_PREFIX is added inside); values come back as
// the plain strings and numbers Redis stores: parsing them into domain types is the caller's job.
// Every method rejects with RedisUnavailableError when the backend fails, and with RangeError for
// arguments that are a bug (a TTL that is not a positive integer, a fractional increment).

export type RedisBackend = 'ioredis' | 'upstash' | 'memory';

export type SetOptions = {
  /** Expire after this many milliseconds. Without it, SET clears any earlier expiry (as Redis does). */
  ttlMs?: number;
  /** Only set when the key does not exist (SET NX): the lock primitive. */
  nx?: boolean;
};

export type CounterResult = {
  /** The value after the increment: 1 for the first hit of a window. */
  count: number;
  /** Milliseconds until the counter expires; the window started by the first hit. */
  ttlMs: number;
};

/** The commands, unprefixed: what each backend implements and what RedisStore exposes. */
export interface RedisCommands {
  /** A string value, or null when the key is missing or expired. */
  get(key: string): Promise<string | null>;
  /** SET with optional PX and NX; false only when `nx` kept an existing key. */
  set(key: string, value: string, options?: SetOptions): Promise<boolean>;
  /** How many of the keys existed. */
  del(...keys: string[]): Promise<number>;
  /** PEXPIRE: (re)sets the TTL; false when the key does not exist. */
  expire(key: string, ttlMs: number): Promise<boolean>;
  /** PTTL semantics: remaining milliseconds, -1 when the key has no expiry, -2 when it does not exist. */
  pttl(key: string): Promise<number>;

  /** Every field of a hash; {} when the key is missing. */
  hgetall(key: string): Promise<Record<string, string>>;
  /** Sets one or many fields; returns how many fields were new. Leaves the TTL as it was. */
  hset(key: string, fields: Record<string, string | number>): Promise<number>;
  /** HSET and PEXPIRE in one atomic step (the sliding TTL of a cart); returns how many fields were new. */
  hsetWithTtl(key: string, fields: Record<string, string | number>, ttlMs: number): Promise<number>;
  /** HINCRBY; with `ttlMs`, refreshes the TTL in the same atomic step. Returns the new value. */
  hincrby(key: string, field: string, by: number, options?: { ttlMs?: number }): Promise<number>;
  /** How many of the fields existed. Redis deletes the key with its last field. */
  hdel(key: string, ...fields: string[]): Promise<number>;

  /**
   * Atomic INCR that starts the TTL on the first hit (a fixed window) and returns the count and the
   * time left. A sliding window is two of these (this window's and the previous one's key), weighted.
   */
  incrWithTtl(key: string, ttlMs: number): Promise<CounterResult>;
  /**
   * Deletes a lock only if it still holds `token` (compare-and-delete, atomic), so an instance whose
   * lock expired cannot release the next owner's. Acquire with `set(key, token, { nx: true, ttlMs })`.
   */
  releaseLock(key: string, token: string): Promise<boolean>;

  /** Resolves when the backend answers (readiness checks). */
  ping(): Promise<void>;
}

export interface RedisStore extends RedisCommands {
  readonly backend: RedisBackend;
  readonly keyPrefix: string;
  /** Closes connections and timers (tests, graceful shutdown). */
  close(): Promise<void>;
}

/** What each backend module hands to createRedisStore: the commands, unprefixed and unwrapped. */
export type RedisBackendImpl = RedisCommands & { readonly backend: RedisBackend; close(): Promise<void> };
