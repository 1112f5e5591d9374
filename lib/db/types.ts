import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from '@/db/schema';

/** The database or a transaction: node-postgres and PGlite share it (data functions take it first: `getX(db, …)`). */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
