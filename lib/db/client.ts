import 'server-only';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { Pool, type PoolClient } from 'pg';
import * as schema from '@/db/schema';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { metrics } from '@/lib/metrics/registry';
import { ReplicaRouter } from './read-router';
import { pgPoolConfig } from './pool-options';
import type { Db } from './types';

/** What /api/metrics reads at scrape time: each pool's connections, and each replica's lag. */
export type PoolStats = { pool: string; inUse: number; idle: number; waiting: number };

type Databases = {
  primary: Db;
  read: Db;
  router?: ReplicaRouter;
  ping: () => Promise<void>;
  close: () => Promise<void>;
  poolStats: () => PoolStats[];
  /** Seconds behind the primary per replica, as the read router's last check saw it (answering replicas only). */
  replicaLag: () => { pool: string; seconds: number }[];
};

/**
 * Times every statement a pooled client runs (Drizzle's plain queries go through pool.query, which
 * borrows a client too, so wrapping the client covers both). Promise and callback forms are kept.
 */
function timeStatements(client: PoolClient, pool: string): void {
  const m = metrics();
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const timed = (...args: unknown[]): unknown => {
    const stop = m.dbStatementDuration.startTimer({ pool });
    const last = args[args.length - 1];
    if (typeof last === 'function') {
      const callback = last as (err: unknown, ...rest: unknown[]) => void;
      args[args.length - 1] = (err: unknown, ...rest: unknown[]) => {
        stop();
        if (err) m.dbStatementErrors.inc({ pool });
        callback(err, ...rest);
      };
      return original(...args);
    }
    const result = original(...args);
    if (result && typeof (result as Promise<unknown>).then === 'function') {
      (result as Promise<unknown>).then(
        () => stop(),
        () => {
          stop();
          m.dbStatementErrors.inc({ pool });
        },
      );
    } else {
      stop(); // a submittable (cursor, stream): timed to its hand-off only
    }
    return result;
  };
  (client as unknown as { query: typeof timed }).query = timed;
}

// One set of connections per process, kept on globalThis so that Next's separate bundles (and dev
// hot reloads) share it: two PGlite instances on one folder would corrupt it.
const globalKey = Symbol.for('audio-tai-loc.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Databases> };

function connectPostgres(
  url: string,
  replicaUrls: string[],
  options: { poolMax: number; maxLagSeconds: number },
): Databases {
  const makePool = (connectionString: string, metricName: string, connectTimeoutMs: number) => {
    const pool = new Pool({
      ...pgPoolConfig(connectionString, options.poolMax),
      // A server (or PgBouncer) that does not answer fails the request instead of holding it.
      connectionTimeoutMillis: connectTimeoutMs,
    });
    pool.on('error', (err) => logger.error({ err }, 'idle PostgreSQL client error'));
    // A client checked out for a transaction has no error listener of the pool's: if the server (or
    // PgBouncer) drops it between two statements, the 'error' event would crash the process. The
    // transaction's next statement fails instead, and the pool discards the client on release.
    pool.on('connect', (client) => {
      client.on('error', (err) => logger.warn({ err }, 'PostgreSQL connection lost'));
      timeStatements(client, metricName);
    });
    return pool;
  };
  const primaryPool = makePool(url, 'primary', 5_000);
  // A replica gets a short connect timeout: its reads have the primary to fall back to.
  const replicas = replicaUrls.map((u, i) => ({
    name: replicaName(u, i),
    pool: makePool(u, `replica${i + 1}`, 2_000),
  }));
  const named = [
    { name: 'primary', pool: primaryPool },
    ...replicas.map((r, i) => ({ name: `replica${i + 1}`, pool: r.pool })),
  ];
  const primary = drizzlePg({ client: primaryPool, schema }) as unknown as Db;
  let read = primary;
  let router: ReplicaRouter | undefined;
  if (replicas.length > 0) {
    router = new ReplicaRouter(primaryPool, replicas, { maxLagSeconds: options.maxLagSeconds, logger });
    router.start();
    // ReadRoutingPool has the part of pg's Pool interface that drizzle uses (query, connect).
    read = drizzlePg({ client: router.readPool as unknown as Pool, schema }) as unknown as Db;
  }
  return {
    primary,
    read,
    router,
    ping: async () => {
      await primaryPool.query('select 1');
    },
    close: async () => {
      router?.stop();
      await Promise.all([primaryPool.end(), ...replicas.map((r) => r.pool.end())]);
    },
    poolStats: () =>
      named.map(({ name, pool }) => ({
        pool: name,
        inUse: pool.totalCount - pool.idleCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      })),
    replicaLag: () =>
      (router?.replicas ?? []).flatMap((r, i) =>
        r.lagSeconds === null ? [] : [{ pool: `replica${i + 1}`, seconds: r.lagSeconds }],
      ),
  };
}

/** host:port/database of a replica URL, for logs (never its password). */
function replicaName(url: string, index: number): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return `replica ${index + 1}`;
  }
}

async function connectEmbedded(dataDir: string, seed: boolean): Promise<Databases> {
  // Imported lazily so that production bundles never load the embedded database or the demo seed.
  const [{ openPglite }, { drizzle: drizzlePglite }, { migratePgliteClient }] = await Promise.all([
    import('./pglite'),
    import('drizzle-orm/pglite'),
    import('@/db/migrate'),
  ]);
  const client = await openPglite(dataDir);
  await migratePgliteClient(client);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  if (seed) {
    const { seedDemoCatalogIfEmpty } = await import('@/db/seed/seed');
    const seeded = await seedDemoCatalogIfEmpty(db);
    if (seeded) logger.info({ products: seeded.products }, 'embedded database seeded with the demo catalog');
    const { seedDemoAdmin } = await import('@/lib/auth/staff-accounts');
    await seedDemoAdmin(db, getEnv().NODE_ENV);
  }
  return {
    primary: db,
    read: db,
    ping: async () => {
      await client.query('select 1');
    },
    close: () => client.close(),
    poolStats: () => [],
    replicaLag: () => [],
  };
}

function connect(): Promise<Databases> {
  const env = getEnv();
  if (env.DATABASE_URL) {
    return Promise.resolve(
      connectPostgres(env.DATABASE_URL, env.DATABASE_REPLICA_URLS, {
        poolMax: env.DATABASE_POOL_MAX,
        maxLagSeconds: env.DATABASE_REPLICA_MAX_LAG_SECONDS,
      }),
    );
  }
  // env validation already refuses this in production; checked again because data loss would follow.
  if (env.NODE_ENV === 'production') {
    throw new Error('DATABASE_URL is required in production: the embedded PGlite database is for development only.');
  }
  logger.warn(
    { dir: env.PGLITE_DIR },
    'DATABASE_URL is not set: using the embedded PGlite database (development only)',
  );
  return connectEmbedded(env.PGLITE_DIR, env.SEED_ON_FIRST_START);
}

function databases(): Promise<Databases> {
  const g = globalThis as GlobalWithDb;
  if (!g[globalKey]) {
    g[globalKey] = connect().catch((err: unknown) => {
      g[globalKey] = undefined; // let the next request try again rather than caching a failure
      throw err;
    });
  }
  return g[globalKey];
}

/** The primary: writes and anything read right after a write (checkout, webhooks, admin). */
export async function getDb(): Promise<Db> {
  return (await databases()).primary;
}

/**
 * Catalog reads: a read replica of DATABASE_REPLICA_URLS that answers and is at most
 * DATABASE_REPLICA_MAX_LAG_SECONDS behind, else the primary. Not for reading back what this request or
 * this shopper just wrote (see lib/db/read-your-writes).
 */
export async function getReadDb(): Promise<Db> {
  return (await databases()).read;
}

export async function getPoolStats(): Promise<PoolStats[]> {
  return (await databases()).poolStats();
}

export async function getReplicaLag(): Promise<{ pool: string; seconds: number }[]> {
  return (await databases()).replicaLag();
}

export async function pingDatabase(): Promise<void> {
  await (await databases()).ping();
}

/** Each replica's state as the last check saw it (for /api/ready and the logs); empty without replicas. */
export async function getReplicaStatus(): Promise<{ name: string; usable: boolean; lagSeconds: number | null }[]> {
  const { router } = await databases();
  return (router?.replicas ?? []).map(({ name, usable, lagSeconds }) => ({ name, usable, lagSeconds }));
}

/**
 * After a write whose cache entries are about to be expired: waits (at most DATABASE_REPLICA_MAX_LAG_SECONDS)
 * until the replicas have it, so the entries are not refilled from a replica that has not replayed it yet.
 * No replicas: returns at once.
 */
export async function waitForReplicas(): Promise<void> {
  const { router } = await databases();
  if (!router) return;
  try {
    await router.waitForReplay(getEnv().DATABASE_REPLICA_MAX_LAG_SECONDS * 1000);
  } catch (err) {
    // The write is committed; at worst a replica serves the old value until the entry's next expiry.
    logger.warn({ err }, 'could not wait for the read replicas');
  }
}

/** Shutdown: closes the pools (or the embedded database) once no request needs them any more. */
export async function closeDatabase(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const open = g[globalKey];
  if (!open) return;
  g[globalKey] = undefined;
  await (await open).close();
}
