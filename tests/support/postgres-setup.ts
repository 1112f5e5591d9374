import type { TestProject } from 'vitest/node';
import { PG_ADMIN_URL, reachable, requireOrSkip } from './services';
import { createTestDatabase } from './test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

// One seeded database for the integration project; tests that write make their own rows.
export default async function setup(project: TestProject) {
  if (!requireOrSkip(await reachable(PG_ADMIN_URL), `PostgreSQL at ${PG_ADMIN_URL}`)) {
    project.provide('databaseUrl', null);
    return;
  }
  const database = await createTestDatabase('atl_it', { seed: true });
  project.provide('databaseUrl', database.url);
  return () => database.drop();
}
