import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { outbox } from '@/db/schema';
import { readOutboxBacklog } from '@/lib/metrics/scrape';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// The gauges /api/metrics reads at scrape time, against real PostgreSQL: the outbox backlog and the age
// of its oldest pending row come from the table itself (whatever sends the rows), and the replica-lag
// query runs on a server that is not a replica (a pooler may route it to the primary) and answers 0.

const databaseUrl = inject('databaseUrl');

describe.skipIf(!databaseUrl)('scrape-time metrics', () => {
  // A database of its own: other files fill and drain the shared outbox at the same time.
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;

  beforeAll(async () => {
    database = await createTestDatabase('atl_metrics');
    conn = connectTestDatabase(database.url);
  });
  afterAll(async () => {
    await conn.close();
    await database?.drop();
  });

  it('reports the pending outbox rows and the age of the oldest one, ignoring sent and dead rows', async () => {
    expect(await readOutboxBacklog(conn.db)).toEqual({ backlog: 0, oldest: 0 });
    const row = (key: string, status: 'pending' | 'sent' | 'dead', ageSeconds: number) => ({
      kind: 'order_confirmation',
      dedupeKey: key,
      payload: {},
      status,
      createdAt: new Date(Date.now() - ageSeconds * 1000),
    });
    await conn.db
      .insert(outbox)
      .values([
        row('m-1', 'pending', 420),
        row('m-2', 'pending', 30),
        row('m-3', 'sent', 9_000),
        row('m-4', 'dead', 9_000),
      ]);
    const { backlog, oldest } = await readOutboxBacklog(conn.db);
    expect(backlog).toBe(2);
    expect(oldest).toBeGreaterThanOrEqual(420);
    expect(oldest).toBeLessThan(480);
  });
});
