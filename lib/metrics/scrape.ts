import 'server-only';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb, getPoolStats, getReplicaLag } from '@/lib/db/client';
import type { Db } from '@/lib/db/types';
import { logger } from '@/lib/log/logger';
import { metrics } from './registry';

// Gauges read at scrape time rather than kept up to date by the code that moves things: the outbox
// backlog comes from the outbox table itself, so it stays true whichever worker or queue sends the rows
// (and every instance reports the same figure: dashboards take max(), not sum()).

const outboxRow = z.object({ backlog: z.coerce.number(), oldest: z.coerce.number() });

export async function readOutboxBacklog(db: Db): Promise<z.infer<typeof outboxRow>> {
  const result = await db.execute(sql`
    select count(*) as backlog,
           coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as oldest
    from outbox where status = 'pending'`);
  return outboxRow.parse((result as unknown as { rows: unknown[] }).rows[0]);
}

/** Refreshes the scrape-time gauges; a failing read is logged and leaves the gauge as it was. */
export async function collectScrapeMetrics(): Promise<void> {
  const m = metrics();
  await Promise.all([
    (async () => {
      const { backlog, oldest } = await readOutboxBacklog(await getDb());
      m.outboxBacklog.set(backlog);
      m.outboxOldestAge.set(oldest);
    })().catch((err: unknown) => logger.warn({ err }, 'metrics: outbox backlog not read')),
    (async () => {
      for (const s of await getPoolStats()) {
        m.dbPoolConnections.set({ pool: s.pool, state: 'in_use' }, s.inUse);
        m.dbPoolConnections.set({ pool: s.pool, state: 'idle' }, s.idle);
        m.dbPoolConnections.set({ pool: s.pool, state: 'waiting' }, s.waiting);
      }
      for (const lag of await getReplicaLag()) m.dbReplicaLag.set({ pool: lag.pool }, lag.seconds);
    })().catch((err: unknown) => logger.warn({ err }, 'metrics: database pools not read')),
  ]);
}
