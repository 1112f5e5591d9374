import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { migratePool } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedCatalog } from '@/db/seed/seed';
import type { Db } from '@/lib/db/types';
import { PG_ADMIN_URL } from './services';

// A fresh PostgreSQL database per test run: created, migrated and seeded here, dropped afterwards.

export type TestDatabase = { name: string; url: string; drop: () => Promise<void> };

export async function createTestDatabase(
  prefix: string,
  options: { seed?: boolean; extraProducts?: number; name?: string } = {},
): Promise<TestDatabase> {
  const name = options.name ?? `${prefix}_${Date.now()}_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new Pool({ connectionString: PG_ADMIN_URL, max: 1 });
  // Idle clients are terminated when a test drops its database or restarts its server: the pool drops them.
  admin.on('error', () => {});
  await admin.query(`create database "${name}"`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const pool = new Pool({ connectionString: url.toString(), max: 4 });
  // Idle clients are terminated when a test drops its database or restarts its server: the pool drops them.
  pool.on('error', () => {});
  try {
    await migratePool(pool);
    if (options.seed) await seedCatalog(drizzle({ client: pool, schema }) as unknown as Db, options.extraProducts ?? 0);
  } finally {
    await pool.end();
  }
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

export function connectTestDatabase(url: string): { db: Db; close: () => Promise<void> } {
  const pool = new Pool({ connectionString: url, max: 8 });
  // Idle clients are terminated when a test drops its database or restarts its server: the pool drops them.
  pool.on('error', () => {});
  return { db: drizzle({ client: pool, schema }) as unknown as Db, close: () => pool.end() };
}
