import { drizzle } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import * as schema from '@/db/schema';
import { ReplicaRouter } from '@/lib/db/read-router';
import { freePort } from '../support/process';

// The read router on real PostgreSQL: which server a read reaches (told apart by application_name), a replica
// that cannot be reached, one that fails between two checks. Lag and a real standby are exercised by the
// cluster suite (tests/cluster), which pauses the replay of a pg_basebackup replica.

const databaseUrl = inject('databaseUrl');

function pool(applicationName: string, url = databaseUrl ?? ''): Pool {
  const p = new Pool({
    connectionString: url,
    max: 2,
    application_name: applicationName,
    connectionTimeoutMillis: 1000,
  });
  p.on('error', () => {});
  return p;
}

const whoAnswers = async (router: ReplicaRouter) => {
  const db = drizzle({ client: router.readPool as unknown as Pool, schema });
  const rows = await db.execute<{ name: string }>(sql`select current_setting('application_name') as name`);
  return rows.rows[0]?.name;
};

describe.skipIf(!databaseUrl)('read routing between primary and replicas', () => {
  const pools: Pool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((p) => p.end().catch(() => {})));
  });

  it('reads the primary until a replica passes its check, then the replica; a replica that fails a read is skipped', async () => {
    const primary = pool('primary');
    const replica = pool('replica');
    pools.push(primary);
    const router = new ReplicaRouter(primary, [{ name: 'r1', pool: replica }], { maxLagSeconds: 2 });
    expect(await whoAnswers(router)).toBe('primary'); // not checked yet
    await router.check();
    expect(router.replicas[0]).toMatchObject({ usable: true, lagSeconds: 0 }); // not a standby: current
    expect(await whoAnswers(router)).toBe('replica');

    // Gone between two checks: the read still succeeds, on the primary, and the replica is skipped.
    await replica.end();
    expect(await whoAnswers(router)).toBe('primary');
    expect(router.replicas[0]?.usable).toBe(false);
    expect(await whoAnswers(router)).toBe('primary');
  });

  it('with the primary unavailable too, reads a replica even if it was skipped', async () => {
    const url = new URL(databaseUrl ?? '');
    url.port = String(await freePort());
    const deadPrimary = pool('dead-primary', url.toString());
    const replica = pool('replica');
    pools.push(deadPrimary, replica);
    const router = new ReplicaRouter(deadPrimary, [{ name: 'r1', pool: replica }], { maxLagSeconds: 2 });
    expect(router.replicas[0]?.usable).toBe(false); // not checked yet
    expect(await whoAnswers(router)).toBe('replica');
  });

  it('skips a replica that does not answer its check, and a wrong query is not retried on the primary', async () => {
    const primary = pool('primary');
    const url = new URL(databaseUrl ?? '');
    url.port = String(await freePort());
    const dead = pool('dead', url.toString());
    pools.push(primary, dead);
    const router = new ReplicaRouter(primary, [{ name: 'dead', pool: dead }], { maxLagSeconds: 2 });
    await router.check();
    expect(router.replicas[0]?.usable).toBe(false);
    expect(await whoAnswers(router)).toBe('primary');

    const live = pool('replica');
    pools.push(live);
    const healthy = new ReplicaRouter(primary, [{ name: 'live', pool: live }], { maxLagSeconds: 2 });
    await healthy.check();
    await expect(healthy.readPool.query('select * from no_such_table')).rejects.toMatchObject({ code: '42P01' });
    expect(healthy.replicas[0]?.usable).toBe(true);
    // Waiting for replay on a server that is not a standby returns at once.
    const started = Date.now();
    await healthy.waitForReplay(2000);
    expect(Date.now() - started).toBeLessThan(1500);
  });
});
