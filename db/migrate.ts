import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Pool } from 'pg';

// Applies the committed SQL migrations programmatically: drizzle-kit's own `migrate` cannot load
// PGlite's contrib extensions, and the app applies them itself on the embedded database's first start.

export const migrationsFolder = path.join(process.cwd(), 'db/migrations');

export async function migratePool(pool: Pool): Promise<void> {
  await migratePg(drizzlePg({ client: pool }), { migrationsFolder });
}

export async function migratePgliteClient(client: PGlite): Promise<void> {
  await migratePglite(drizzlePglite({ client }), { migrationsFolder });
}
