import 'server-only';
import type { Logger } from 'pino';
import { type CommandRunner, createCommandStore } from './command-store';
import { createIoredisClient, type IoredisConnection } from './connection';
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

  // Without a listener ioredis prints every failed reconnect; log the first failure of each outage.
  let down = false;
  client.on('error', (err: Error) => {
    if (down) return;
    down = true;
    logger?.warn(
      { err: { name: err.name, message: err.message } },
      'Redis connection failed; retrying in the background',
    );
  });
  client.on('ready', () => {
    if (down) logger?.info('Redis connection restored');
    down = false;
  });

  let closed = false;

  // With the offline queue off, a command sent before the connection is ready fails at once. So the
  // first command (status 'wait') connects and waits for it, commands that arrive while that initial
  // connection is being made wait for it too, and during an outage ('reconnecting') they fail fast.
  async function ready(): Promise<void> {
    switch (client.status) {
      case 'ready':
        return;
      case 'wait':
        await client.connect();
        return;
      case 'connecting':
      case 'connect':
        await new Promise<void>((resolve, reject) => {
          const done = (err?: Error) => {
            clearTimeout(timer);
            client.off('ready', onReady);
            client.off('close', onClose);
            if (err) reject(err);
            else resolve();
          };
          const onReady = () => done();
          const onClose = () => done(new Error('Connection is closed.'));
          const timer = setTimeout(() => done(new Error('Redis connection timed out')), CONNECT_TIMEOUT_MS);
          client.once('ready', onReady);
          client.once('close', onClose);
        });
        return;
      case 'end':
        // ioredis gives up for good when a connection attempt through the Sentinels is cut short (a
        // failover announced while it was reconnecting): start again, unless this store was closed.
        if (closed) throw new Error('Redis connection is closed');
        await client.connect();
        return;
      default:
        throw new Error(`Redis connection is ${client.status}`);
    }
  }

  const runner: CommandRunner = {
    backend: 'ioredis',
    async call([name, ...args]) {
      await ready();
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
