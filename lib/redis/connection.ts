// How to reach the TCP Redis: the one place that turns REDIS_URL into ioredis connection options. The
// cart/rate-limit store and BullMQ's queues and workers both start from these, each adding its own
// tuning (BullMQ's workers need maxRetriesPerRequest: null), so a change of topology here reaches both.

/** The subset of ioredis' options that says where Redis is; both ioredis and BullMQ take it as it is. */
export type RedisConnectionTarget = {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  tls?: Record<string, never>;
};

export function ioredisConnectionOptions(url: string): RedisConnectionTarget {
  const u = new URL(url);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: Number(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
  };
}
