import 'server-only';
import type { ConnectionOptions } from 'bullmq';
import { getEnv } from '@/lib/env';
import { ioredisConnectionOptions } from '@/lib/redis/connection';

// BullMQ runs on the application's Redis (REDIS_URL), under the application's key prefix, so test runs and
// several apps can share one Redis. Without TCP Redis (the in-memory development store, Upstash's HTTP
// API) there is no queue: the outbox is then worked in-process (lib/outbox/scheduler.ts).
//
// Redis for jobs must persist them: run it with AOF (appendonly yes, appendfsync everysec), as the compose
// file does. If Redis loses them anyway, the relay hands every pending outbox row to the queue again
// (lib/jobs/relay.ts), so the outbox, not Redis, decides what is still to be sent.

export function jobsAvailable(): boolean {
  return Boolean(getEnv().REDIS_URL);
}

/** Queues and workers get options, not a shared client: BullMQ opens (and duplicates) its own connections. */
export function bullConnection(): ConnectionOptions {
  const url = getEnv().REDIS_URL;
  if (!url) throw new Error('BullMQ needs REDIS_URL');
  return {
    ...ioredisConnectionOptions(url),
    // Workers block on Redis and must wait through a reconnect rather than fail the command.
    maxRetriesPerRequest: null,
    connectionName: 'audio-tai-loc:jobs',
  };
}

export function bullPrefix(): string {
  return `${getEnv().REDIS_KEY_PREFIX}bull`;
}
