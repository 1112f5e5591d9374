import 'server-only';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** Opens the embedded database (a folder on disk, or in memory for tests) with the extensions search needs. */
export async function openPglite(dataDir?: string): Promise<PGlite> {
  // PGlite creates its own folder but not the ones above it (./.data on a fresh clone).
  if (dataDir) await mkdir(dataDir, { recursive: true });
  const client = new PGlite({ dataDir, extensions: { unaccent, pg_trgm } });
  await client.waitReady;
  return client;
}
