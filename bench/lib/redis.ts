import Redis from 'ioredis';
import type { Cleanup } from './cleanup';

// The server under test writes its Redis keys (carts, rate-limit counters, short caches) under a prefix of
// its own run (REDIS_KEY_PREFIX), so runs never see each other's keys; cleanup deletes them.

const SAFE_PREFIX = /^[A-Za-z0-9:_.-]+$/; // No glob characters: the prefix is used as a SCAN pattern.

function connect(url: string): Redis {
  return new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, connectTimeout: 2_000 });
}

/** Checks that Redis answers (failing before the slow steps if not) and registers the prefix's cleanup. */
export async function openBenchRedis(url: string, keyPrefix: string, cleanup: Cleanup): Promise<void> {
  if (!SAFE_PREFIX.test(keyPrefix)) throw new Error(`unsafe Redis key prefix: ${keyPrefix}`);
  const client = connect(url);
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    throw new Error(
      `Redis at ${url} is not reachable (${err instanceof Error ? err.message : err}); set BENCH_REDIS_URL`,
    );
  } finally {
    client.disconnect();
  }
  cleanup.add({ kind: 'delete-redis-keys', url, prefix: keyPrefix });
}

export async function deleteRedisKeys(url: string, keyPrefix: string): Promise<void> {
  if (!SAFE_PREFIX.test(keyPrefix)) throw new Error(`unsafe Redis key prefix: ${keyPrefix}`);
  const client = connect(url);
  await client.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${keyPrefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await client.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
  console.log(`deleted ${deleted} Redis keys under ${keyPrefix}`);
}
