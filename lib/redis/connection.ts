import 'server-only';
import Redis, { type RedisOptions } from 'ioredis';
import type { Env } from '@/lib/env';

// Where ioredis connects: one Redis server by URL, or a Sentinel group that names the current primary
// (after a failover ioredis asks the Sentinels again and follows the promoted replica). Every ioredis
// client of the app – the cart and rate-limit store, Next's cache handler, the job queue – takes its
// options from ioredisOptions(), so all of them follow a failover the same way.

export type IoredisConnection =
  | { kind: 'url'; url: string }
  | {
      kind: 'sentinel';
      sentinels: { host: string; port: number }[];
      name: string;
      /** Optional redis:// URL whose credentials, database and TLS apply to the primary (its host is ignored). */
      url?: string | undefined;
      sentinelPassword?: string | undefined;
    };

/** The ioredis connection the environment asks for, or undefined when it names no TCP Redis. */
export function getIoredisConnection(
  env: Pick<Env, 'REDIS_URL' | 'REDIS_SENTINELS' | 'REDIS_SENTINEL_NAME' | 'REDIS_SENTINEL_PASSWORD'>,
): IoredisConnection | undefined {
  if (env.REDIS_SENTINELS.length > 0) {
    return {
      kind: 'sentinel',
      sentinels: env.REDIS_SENTINELS,
      name: env.REDIS_SENTINEL_NAME,
      url: env.REDIS_URL,
      sentinelPassword: env.REDIS_SENTINEL_PASSWORD,
    };
  }
  if (env.REDIS_URL) return { kind: 'url', url: env.REDIS_URL };
  return undefined;
}

/** Credentials, database number and TLS of a redis:// or rediss:// URL, as ioredis options. */
function urlOptions(url: string, withHost: boolean): RedisOptions {
  const u = new URL(url);
  const options: RedisOptions = {};
  if (withHost) {
    options.host = u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1';
    options.port = u.port ? Number(u.port) : 6379;
  }
  if (u.username) options.username = decodeURIComponent(u.username);
  if (u.password) options.password = decodeURIComponent(u.password);
  const db = u.pathname.replace(/^\//, '');
  if (db) options.db = Number(db);
  if (u.protocol === 'rediss:') options.tls = {};
  return options;
}

/** ioredis options for the connection, with the caller's own settings (timeouts, retries) on top. */
export function ioredisOptions(connection: IoredisConnection, extra: RedisOptions = {}): RedisOptions {
  if (connection.kind === 'url') return { ...urlOptions(connection.url, true), ...extra };
  const primary = connection.url ? urlOptions(connection.url, false) : {};
  return {
    ...primary,
    sentinels: connection.sentinels,
    name: connection.name,
    role: 'master',
    // Sentinel announces +switch-master: reconnect to the promoted replica at once, not on the next error.
    failoverDetector: true,
    ...(connection.sentinelPassword ? { sentinelPassword: connection.sentinelPassword } : {}),
    // Sentinels on the same network as the primary: TLS to the primary does not imply TLS to them.
    ...(primary.tls ? { enableTLSForSentinelMode: true } : {}),
    // A primary that was demoted (it came back after a failover) refuses writes with READONLY: reconnect,
    // which asks the Sentinels for the current primary, instead of failing every write until a restart.
    reconnectOnError: (err) => err.message.startsWith('READONLY'),
    ...extra,
  };
}

/** A new ioredis client for the connection. */
export function createIoredisClient(connection: IoredisConnection, extra: RedisOptions = {}): Redis {
  return new Redis(ioredisOptions(connection, extra));
}
