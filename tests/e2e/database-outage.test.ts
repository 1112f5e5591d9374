import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as schema from '@/db/schema';
import { seedCatalog } from '@/db/seed/seed';
import type { Db } from '@/lib/db/types';
import { type OwnServer, startOwnServer } from '../support/own-server';
import { createPgCluster, type PgCluster, pgClusterAvailable } from '../support/pg-cluster';
import { requireOrSkip } from '../support/services';

// The database failing under a running server (its own PostgreSQL cluster, so that it can be stopped):
//  - a failing query (a trigger refuses new orders) answers 500, and the server's log holds the driver's
//    code and message but not the shopper's phone or e-mail that were the query's parameters;
//  - the database stopped: API answers 503 with Retry-After and a Vietnamese message, /api/ready 503;
//  - the database started again: the same checkout goes through.

const baseUrl = inject('baseUrl');
const ready = Boolean(baseUrl) && requireOrSkip(pgClusterAvailable(), 'pg_createcluster (postgresql package, root)');

const probe = { phone: '0911222333', email: `log.probe.${Date.now()}@example.vn` };
const shippingAddress = { provinceCode: '01', wardCode: '00004', street: '14 Lý Thái Tổ' };

describe.skipIf(!ready)('database outage and failing queries', () => {
  let cluster: PgCluster;
  let pool: Pool;
  let server: OwnServer;

  beforeAll(async () => {
    cluster = await createPgCluster('atl_outage');
    const url = await cluster.createDatabase('shop');
    pool = new Pool({ connectionString: url, max: 2 });
    pool.on('error', () => {});
    await seedCatalog(drizzle({ client: pool, schema }) as unknown as Db, 0);
    server = await startOwnServer({ DATABASE_URL: url, LOG_LEVEL: 'info', OUTBOX_WORKER: 'false' });
  }, 300_000);
  afterAll(async () => {
    await server?.stop();
    await pool?.end().catch(() => {});
    cluster?.drop();
  });

  async function cartWithOneItem(ip: string): Promise<string> {
    const { rows } = await pool.query<{ id: number }>(
      'select v.id from variants v join products p on p.id = v.product_id where v.stock > 5 and p.published and p.deleted_at is null order by v.id limit 1',
    );
    const res = await fetch(`${server.baseUrl}/api/cart/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
      body: JSON.stringify({ variantId: rows[0]?.id, quantity: 1 }),
    });
    expect([200, 201]).toContain(res.status);
    return ((await res.json()) as { cartId: string }).cartId;
  }

  const checkout = (ip: string, cartId: string, key: string) =>
    fetch(`${server.baseUrl}/api/checkout`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': ip,
        'x-cart-id': cartId,
        'idempotency-key': key,
      },
      body: JSON.stringify({
        contact: { name: 'Phạm Thu Hà', ...probe },
        shippingAddress,
        paymentMethod: 'cod',
      }),
    });

  it("logs a failing query with the driver's code and message only, never the shopper's phone or e-mail", async () => {
    await pool.query(`create function refuse_orders() returns trigger language plpgsql as $$
      begin raise exception 'orders are closed for this test' using errcode = 'P0001'; end $$`);
    await pool.query(
      'create trigger refuse_orders before insert on orders for each row execute function refuse_orders()',
    );
    try {
      const ip = '10.91.0.1';
      const res = await checkout(ip, await cartWithOneItem(ip), `log-probe-${Date.now()}`);
      expect(res.status).toBe(500);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('internal');
      await new Promise((r) => setTimeout(r, 300)); // let the log line reach us
      const log = server.output();
      const line = log.split('\n').find((l) => l.includes('orders are closed for this test'));
      expect(line, log).toBeDefined();
      expect(JSON.parse(line as string).err).toEqual({
        type: 'DatabaseError',
        code: 'P0001',
        message: 'orders are closed for this test',
      });
      for (const secret of [probe.phone, probe.email, probe.phone.slice(1)]) expect(log).not.toContain(secret);
    } finally {
      await pool.query('drop trigger refuse_orders on orders; drop function refuse_orders()');
    }
  });

  it('answers 503 with Retry-After and a Vietnamese message while PostgreSQL is down, and recovers', async () => {
    const ip = '10.91.0.2';
    const cartId = await cartWithOneItem(ip);
    const key = `outage-${Date.now()}`;
    cluster.stop();
    try {
      const down = await checkout(ip, cartId, key);
      expect(down.status).toBe(503);
      expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
      const body = (await down.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('database_unavailable');
      expect(body.error.message).toMatch(/vui lòng thử lại/);
      const notReady = await fetch(`${server.baseUrl}/api/ready`);
      expect(notReady.status).toBe(503);
      expect(((await notReady.json()) as { checks: { database: string } }).checks.database).toBe('error');
    } finally {
      cluster.start();
    }
    let placed: Response | undefined;
    for (let i = 0; i < 40; i++) {
      placed = await checkout(ip, cartId, key);
      if (placed.status !== 503) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(placed?.status).toBe(201);
    expect((await fetch(`${server.baseUrl}/api/ready`)).status).toBe(200);
    expect(server.output()).not.toContain(probe.email);
  });
});
