import { defineConfig } from 'drizzle-kit';

// Only `drizzle-kit generate` is used: migrations are applied by db/migrate.ts, which can load
// PGlite's contrib extensions (unaccent, pg_trgm) that drizzle-kit's own migrate cannot.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  strict: true,
});
