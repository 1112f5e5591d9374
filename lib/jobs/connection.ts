import 'server-only';
import type { ConnectionOptions, RedisOptions } from 'bullmq';
import { getEnv } from '@/lib/env';
import { getIoredisConnection, ioredisOptions } from '@/lib/redis/connection';

// BullMQ runs on the application's Redis (REDIS_URL, or the Sentinel group of REDIS_SENTINELS), under the application's key prefix, so test runs and
// several apps can share one Redis. Without TCP Redis (the in-memory development store, Upstash's HTTP
// API) there is no queue: the outbox is then worked in-process (lib/outbox/scheduler.ts).
//
// Redis for jobs must persist them: run it with AOF (appendonly yes, appendfsync everysec), as the compose
// file does. If Redis loses them anyway, the relay hands every pending outbox row to the queue again
// (lib/jobs/relay.ts), so the outbox, not Redis, decides what is still to be sent.

export function jobsAvailable(): boolean {
  return getIoredisConnection(getEnv()) !== undefined;
}

/** Queues and workers get options, not a shared client: BullMQ opens (and duplicates) its own connections. */
export function bullConnection(): ConnectionOptions {
  const connection = getIoredisConnection(getEnv());
  if (!connection) throw new Error('BullMQ needs REDIS_URL or REDIS_SENTINELS');
  // ioredis types retryStrategy as nullable, BullMQ's copy of the options type does not; none is set here.
  const { retryStrategy: _none, ...where } = ioredisOptions(connection);
  const options: RedisOptions = {
    ...where,
    // Workers block on Redis and must wait through a reconnect rather than fail the command.
    maxRetriesPerRequest: null,
    connectionName: 'audio-tai-loc:jobs',
  };
  return options;
}

export function bullPrefix(): string {
  return `${getEnv().REDIS_KEY_PREFIX}bull`;
}
