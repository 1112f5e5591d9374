import 'server-only';
import { withReplicas } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import * as schema from '@/db/schema';
import { getEnv } from '@/lib/env';
import { logger } from '@/lib/log/logger';
import { pgPoolConfig } from './pool-options';
import type { Db } from './types';

type Databases = { primary: Db; read: Db; ping: () => Promise<void>; close: () => Promise<void> };

// One set of connections per process, kept on globalThis so that Next's separate bundles (and dev
// hot reloads) share it: two PGlite instances on one folder would corrupt it.
const globalKey = Symbol.for('audio-tai-loc.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Databases> };

function connectPostgres(url: string, replicaUrls: string[], poolMax: number): Databases {
  const makePool = (connectionString: string) => {
    const pool = new Pool(pgPoolConfig(connectionString, poolMax));
    pool.on('error', (err) => logger.error({ err }, 'idle PostgreSQL client error'));
    return pool;
  };
  const primaryPool = makePool(url);
  const replicaPools = replicaUrls.map(makePool);
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

export async function pingDatabase(): Promise<void> {
  await (await databases()).ping();
}
