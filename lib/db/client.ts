import 'server-only';
import { withReplicas } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { Pool, type PoolClient } from 'pg';
import * as schema from '@/db/schema';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { metrics } from '@/lib/metrics/registry';
import type { Db } from './types';

/** What /api/metrics reads at scrape time: each pool's connections, and each replica's lag. */
export type PoolStats = { pool: string; inUse: number; idle: number; waiting: number };

type Databases = {
  primary: Db;
  read: Db;
  ping: () => Promise<void>;
  close: () => Promise<void>;
  poolStats: () => PoolStats[];
  /** Seconds behind the primary per replica pool; a replica that does not answer is left out. */
  replicaLag: () => Promise<{ pool: string; seconds: number }[]>;
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

// Replay lag as the replica sees it: 0 while it has replayed everything it received (an idle primary
// sends nothing, and the age of the last replayed transaction would grow without any lag).
export const REPLICA_LAG_SQL = `select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
  else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end::float8 as seconds`;

// One set of connections per process, kept on globalThis so that Next's separate bundles (and dev
// hot reloads) share it: two PGlite instances on one folder would corrupt it.
const globalKey = Symbol.for('audio-tai-loc.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Databases> };

function connectPostgres(url: string, replicaUrls: string[], poolMax: number): Databases {
  const makePool = (connectionString: string, name: string) => {
    const pool = new Pool({ connectionString, max: poolMax, idleTimeoutMillis: 30_000 });
    pool.on('error', (err) => logger.error({ err, pool: name }, 'idle PostgreSQL client error'));
    pool.on('connect', (client) => timeStatements(client, name));
    return pool;
  };
  const primaryPool = makePool(url, 'primary');
  const replicaPools = replicaUrls.map((u, i) => makePool(u, `replica${i + 1}`));
  const named = [
    { name: 'primary', pool: primaryPool },
    ...replicaPools.map((pool, i) => ({ name: `replica${i + 1}`, pool })),
  ];
  const primary = drizzlePg({ client: primaryPool, schema }) as unknown as Db;
  const replicas = replicaPools.map((p) => drizzlePg({ client: p, schema }) as unknown as Db);
  const [first, ...rest] = replicas;
  const read = first ? (withReplicas(primary, [first, ...rest]) as unknown as Db) : primary;
  return {
    primary,
    read,
    ping: async () => {
      await primaryPool.query('select 1');
    },
    close: async () => {
      await Promise.all([primaryPool.end(), ...replicaPools.map((p) => p.end())]);
    },
    poolStats: () =>
      named.map(({ name, pool }) => ({
        pool: name,
        inUse: pool.totalCount - pool.idleCount,
        idle: pool.idleCount,
        waiting: pool.waitingCount,
      })),
    replicaLag: async () => {
      const lags = await Promise.allSettled(
        named.slice(1).map(async ({ name, pool }) => {
          const { rows } = await pool.query<{ seconds: number }>(REPLICA_LAG_SQL);
          return { pool: name, seconds: Number(rows[0]?.seconds ?? 0) };
        }),
      );
      return lags.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    },
  };
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
    replicaLag: async () => [],
  };
}

function connect(): Promise<Databases> {
  const env = getEnv();
  if (env.DATABASE_URL) {
    return Promise.resolve(connectPostgres(env.DATABASE_URL, env.DATABASE_REPLICA_URLS, env.DATABASE_POOL_MAX));
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

/** Catalog reads: a read replica when DATABASE_REPLICA_URLS is set, else the primary. */
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
