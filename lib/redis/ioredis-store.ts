import 'server-only';
import type { Logger } from 'pino';
import { type CommandRunner, createCommandStore } from './command-store';
import { createIoredisClient, type IoredisConnection } from './connection';
import { logOutages, whenReady } from './ioredis-client';
import type { RedisBackendImpl } from './types';

// TCP Redis through ioredis, tuned to fail fast: while Redis is down a request gets an error at once
// (carts answer 503) instead of waiting in ioredis' offline queue; the client reconnects in the background.
// Where Redis is (one server or a Sentinel group) comes from ./connection.ts.

const CONNECT_TIMEOUT_MS = 2_000;
const COMMAND_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 2_000;

/** A redis:// URL, or any connection (a Sentinel group) from lib/redis/connection. */
export type IoredisStoreOptions = ({ url: string } | { connection: IoredisConnection }) & {
  logger?: Pick<Logger, 'warn' | 'info'>;
};

export function createIoredisStore(options: IoredisStoreOptions): RedisBackendImpl {
  const { logger } = options;
  const connection: IoredisConnection = 'url' in options ? { kind: 'url', url: options.url } : options.connection;
  const client = createIoredisClient(connection, {
    lazyConnect: true, // `next build` and imports connect to nothing; the first command connects
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
    connectionName: 'audio-tai-loc',
    // Commands issued in the same tick (a request's parallel reads, other requests' commands) go out in
    // one write: under load each socket write to Redis was a measurable share of a request's CPU.
    enableAutoPipelining: true,
  });

  logOutages(client, logger, 'carts and rate limits');
  let closed = false;

  const runner: CommandRunner = {
    backend: 'ioredis',
    async call([name, ...args]) {
      await whenReady(client, () => closed);
      return client.call(name, ...args);
    },
    async close() {
      closed = true;
      if (client.status === 'wait' || client.status === 'end') {
        client.disconnect();
        return;
      }
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
  return createCommandStore(runner);
}
