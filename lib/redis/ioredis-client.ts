import 'server-only';
import type Redis from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { createIoredisClient as connect, type IoredisConnection } from './connection';

// Fail-fast clients for the shared page cache. Where Redis is (one server or a Sentinel group) comes from
// lib/redis/connection.ts like every other client, so the cache follows a failover too.
// Tuned to fail fast: while Redis is down a command errors at once (carts answer 503, the page cache
// reads as a miss) instead of waiting in ioredis' offline queue; the client reconnects in the background.

export const CONNECT_TIMEOUT_MS = 2_000;
const COMMAND_TIMEOUT_MS = 2_000;
const MAX_RECONNECT_DELAY_MS = 2_000;

export type IoredisClientOptions = ({ url: string } | { connection: IoredisConnection }) & { connectionName: string };

/** The connection options shared by every client. */
export function failFastOptions(connectionName: string): RedisOptions {
  return {
    lazyConnect: true, // `next build` and imports connect to nothing; the first command connects
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: CONNECT_TIMEOUT_MS,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 100, MAX_RECONNECT_DELAY_MS),
    connectionName,
    // Commands issued in the same tick (a request's parallel reads, other requests' commands) go out in
    // one write: under load each socket write to Redis was a measurable share of a request's CPU.
    enableAutoPipelining: true,
  };
}

export function createIoredisClient(options: IoredisClientOptions): Redis {
  const connection: IoredisConnection = 'url' in options ? { kind: 'url', url: options.url } : options.connection;
  return connect(connection, failFastOptions(options.connectionName));
}

/**
 * With the offline queue off, a command sent before the connection is ready fails at once. So the first
 * command (status 'wait') connects and waits for it, commands that arrive while that initial connection is
 * being made wait for it too, and during an outage ('reconnecting') they fail fast.
 */
export async function whenReady(client: Redis, closed: () => boolean = () => false): Promise<void> {
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
      // ioredis gives up for good when a connection attempt through the Sentinels is cut short (a failover
      // announced while it was reconnecting): start again, unless the owner closed the client.
      if (closed()) throw new Error('Redis connection is closed');
      await client.connect();
      return;
    default:
      throw new Error(`Redis connection is ${client.status}`);
  }
}

/** Logs the first failure of each outage and the recovery (ioredis would print every failed reconnect). */
export function logOutages(
  client: Redis,
  logger: { warn: (obj: object, msg: string) => void; info: (msg: string) => void } | undefined,
  what: string,
): void {
  let down = false;
  client.on('error', (err: Error) => {
    if (down) return;
    down = true;
    logger?.warn(
      { err: { name: err.name, message: err.message } },
      `${what}: Redis connection failed; retrying in the background`,
    );
  });
  client.on('ready', () => {
    if (down) logger?.info(`${what}: Redis connection restored`);
    down = false;
  });
}
