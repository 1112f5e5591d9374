// npm run db:migrate | npm run db:seed [-- --products N] [-- --reset] | npm run admin:create -- --email … --password …
// Runs against DATABASE_URL, or the embedded PGlite folder when it is unset (development).
import { parseArgs } from 'node:util';
import nextEnv from '@next/env';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { z } from 'zod';
import { emailField, newPasswordField } from '@/lib/auth/schemas';
import { seedDemoAdmin, upsertAccountWithRole } from '@/lib/auth/staff-accounts';
import { getEnv } from '@/lib/env';
import { openPglite } from '@/lib/db/pglite';
import { pgPoolConfig } from '@/lib/db/pool-options';
import type { Db } from '@/lib/db/types';
import { migratePgliteClient, migratePool } from './migrate';
import * as schema from './schema';
import { buildDemoProducts } from './seed/demo-data';
import { countProducts, resetCatalog, seedCatalog } from './seed/seed';

nextEnv.loadEnvConfig(process.cwd());

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    products: { type: 'string' },
    reset: { type: 'boolean', default: false },
    email: { type: 'string' },
    name: { type: 'string' },
    password: { type: 'string' },
    role: { type: 'string', default: 'admin' },
  },
});
const command = positionals[0];

const adminCreateSchema = z.object({
  email: emailField,
  name: z.string().trim().min(1).max(100),
  password: newPasswordField,
  role: z.enum(['admin', 'staff']),
});

async function withDatabase(fn: (db: Db, migrate: () => Promise<void>) => Promise<void>) {
  const env = getEnv();
  if (env.DATABASE_URL) {
    const pool = new Pool(pgPoolConfig(env.DATABASE_URL, 2));
    try {
      await fn(drizzlePg({ client: pool, schema }) as unknown as Db, () => migratePool(pool));
    } finally {
      await pool.end();
    }
    return;
  }
  const client = await openPglite(env.PGLITE_DIR);
  try {
    await fn(drizzlePglite({ client, schema }) as unknown as Db, () => migratePgliteClient(client));
  } finally {
    await client.close();
  }
}

async function main() {
  if (command === 'migrate') {
    await withDatabase(async (_db, migrate) => {
      await migrate();
      console.log('migrations applied');
    });
    return;
  }
  if (command === 'seed') {
    const total = values.products ? Number(values.products) : 0;
    if (!Number.isInteger(total) || total < 0) throw new Error('--products takes a whole number');
    await withDatabase(async (db, migrate) => {
      await migrate();
      await seedDemoAdmin(db, getEnv().NODE_ENV);
      if (values.reset) await resetCatalog(db);
      const existing = await countProducts(db);
      if (existing > 0) {
        console.log(`catalog already has ${existing} products; pass --reset to replace it`);
        return;
      }
      const started = Date.now();
      // The demo catalog first; synthetic products fill up to --products.
      const result = await seedCatalog(db, Math.max(0, total - buildDemoProducts().length));
      // Planner statistics for the new rows: without them the catalog's statements are planned on guesses
      // (sequential scans, time-outs) until autovacuum gets round to the tables.
      await db.execute(sql`analyze`);
      console.log(`seeded ${result.products} products in ${Date.now() - started} ms (analyzed)`);
    });
    return;
  }
  if (command === 'admin:create') {
    const input = adminCreateSchema.safeParse({
      email: values.email,
      name: values.name ?? 'Quản trị',
      password: values.password ?? process.env.ADMIN_PASSWORD,
      role: values.role,
    });
    if (!input.success) {
      throw new Error(
        `usage: npm run admin:create -- --email a@b.vn [--name "Tên"] [--role admin|staff] --password '…' (or ADMIN_PASSWORD)\n${input.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
      );
    }
    await withDatabase(async (db, migrate) => {
      await migrate();
      const { user, created } = await upsertAccountWithRole(db, input.data);
      console.log(`${created ? 'created' : 'updated'} ${user.role} ${user.email} (id ${user.id})`);
    });
    return;
  }
  throw new Error('usage: tsx db/cli.ts migrate | seed [--products N] [--reset] | admin:create --email … --password …');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
