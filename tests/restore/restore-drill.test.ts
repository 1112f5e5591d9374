import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inArray, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePool } from '@/db/migrate';
import * as schema from '@/db/schema';
import { inventoryLedger, orderItems, orders, variants } from '@/db/schema';
import { seedCatalog } from '@/db/seed/seed';
import { placeOrder } from '@/lib/checkout/place-order';
import type { Db } from '@/lib/db/types';
import { checkoutRequest, createProduct, testKey } from '../support/factories';
import { freePort } from '../support/process';
import { requireOrSkip } from '../support/services';

// The restore drill, on this machine: a PostgreSQL cluster of its own (pg_createcluster, a free port)
// archiving its WAL with pgBackRest into a repository of its own; a full backup by scripts/backup;
// orders placed, a time noted, more orders placed; then scripts/restore --to <that time> into a fresh
// cluster. The first orders must be there with consistent totals and stock ledger, the later ones not.

const root = path.join(import.meta.dirname, '../..');
const STANZA = 'drill';

function tool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}
const pgVersion = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql').sort().at(-1) : undefined;
const isRoot = process.getuid?.() === 0;
const available = requireOrSkip(
  tool('pgbackrest') && tool('pg_createcluster') && Boolean(pgVersion) && isRoot,
  'pgBackRest, pg_createcluster and root (for the restore drill)',
);

function sh(cmd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync(cmd, args, {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

type Cluster = { name: string; port: number; dataDir: string; url: string };

/** A stopped cluster; `settings` go to its conf.d (Debian's postgresql.conf includes that folder). */
function createCluster(name: string, port: number, settings: string[]): Cluster {
  sh('pg_createcluster', [
    String(pgVersion),
    name,
    '-p',
    String(port),
    '--',
    '--auth-local=trust',
    '--auth-host=trust',
  ]);
  writeFileSync(`/etc/postgresql/${pgVersion}/${name}/conf.d/drill.conf`, `${settings.join('\n')}\n`);
  return {
    name,
    port,
    dataDir: `/var/lib/postgresql/${pgVersion}/${name}`,
    url: `postgres://postgres@127.0.0.1:${port}/shop`,
  };
}

function dropCluster(c: Cluster | undefined): void {
  if (!c) return;
  spawnSync('pg_dropcluster', ['--stop', String(pgVersion), c.name], { stdio: 'ignore' });
}

async function waitReady(port: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const pool = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, max: 1 });
    try {
      const { rows } = await pool.query<{ r: boolean }>('select pg_is_in_recovery() as r');
      if (rows[0]?.r === false) return;
    } catch {
      // starting, or still replaying
    } finally {
      await pool.end();
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`PostgreSQL on port ${port} did not finish recovery in ${timeoutMs} ms`);
}

describe.skipIf(!available)('point-in-time restore drill (pgBackRest)', () => {
  const id = `${process.pid}_${Date.now().toString(36)}`;
  let work: string;
  let config: string;
  let source: Cluster | undefined;
  let target: Cluster | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'atl-drill-'));
    for (const dir of ['repo', 'log', 'lock', 'spool']) mkdirSync(path.join(work, dir));
    config = path.join(work, 'pgbackrest.conf');
    const [sourcePort, targetPort] = [await freePort(), await freePort()];
    const sourceData = `/var/lib/postgresql/${pgVersion}/atl_drill_src_${id}`;
    writeFileSync(
      config,
      [
        '[global]',
        `repo1-path=${work}/repo`,
        'repo1-retention-full=2',
        `log-path=${work}/log`,
        `lock-path=${work}/lock`,
        `spool-path=${work}/spool`,
        'start-fast=y',
        'compress-type=lz4',
        '',
        `[${STANZA}]`,
        `pg1-path=${sourceData}`,
        `pg1-port=${sourcePort}`,
        'pg1-socket-path=/var/run/postgresql',
        '',
      ].join('\n'),
    );
    for (const p of [work, ...readdirSync(work).map((f) => path.join(work, f))]) chownSync(p, ...postgresIds());
    env = { PGBACKREST_CONFIG: config, PGBACKREST_STANZA: STANZA };
    source = createCluster(`atl_drill_src_${id}`, sourcePort, [
      "listen_addresses = '127.0.0.1'",
      'wal_level = replica',
      'archive_mode = on',
      `archive_command = 'pgbackrest --config=${config} --stanza=${STANZA} archive-push %p'`,
      'max_wal_senders = 3',
    ]);
    target = createCluster(`atl_drill_dst_${id}`, targetPort, ["listen_addresses = '127.0.0.1'"]);
    sh('pg_ctlcluster', [String(pgVersion), source.name, 'start']);
    await waitReady(source.port);
  });

  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    await Promise.all(cleanups.map((c) => c()));
    dropCluster(source);
    dropCluster(target);
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('restores the time it was told: earlier orders present and consistent, later ones absent', async () => {
    if (!source || !target) throw new Error('clusters not created');
    const started = performance.now();
    const admin = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${source.port}/postgres`, max: 1 });
    await admin.query('create database shop');
    await admin.end();
    const pool = new Pool({ connectionString: source.url, max: 4 });
    pool.on('error', () => {}); // idle clients are cut when the clusters are dropped
    cleanups.push(() => pool.end().catch(() => {}));
    await migratePool(pool);
    const db = drizzle({ client: pool, schema }) as unknown as Db;
    await seedCatalog(db, 0);
    const { variants: made } = await createProduct(db, {
      variants: [
        { price: 1_250_000, stock: 10 },
        { price: 490_000, stock: 10 },
      ],
    });
    const ids = made.map((v) => v.id);

    // The base backup, through the script operators use.
    const backupStarted = performance.now();
    const backupOut = sh(path.join(root, 'scripts/backup'), ['full'], env);
    expect(backupOut).toMatch(/status: ok/);
    const backupDone = performance.now();

    const place = async (variantId: number, quantity: number) => {
      const result = await placeOrder(db, {
        lines: [{ variantId, quantity }],
        request: checkoutRequest(),
        idempotencyKey: testKey(),
        shipping: { flatFee: 30_000, freeFrom: 1_000_000 },
        paymentWindowMinutes: 15,
        customerId: null,
      });
      if (!result.ok) throw new Error(`order not placed: ${result.code}`);
      return result.order;
    };
    // Before the noted time: replayed from the archived WAL, after the backup.
    const before = [await place(ids[0] ?? 0, 2), await place(ids[1] ?? 0, 1), await place(ids[0] ?? 0, 1)];
    await new Promise((r) => setTimeout(r, 1_100));
    const { rows } = await pool.query<{ t: string }>(
      `select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.MS') || '+00' as t`,
    );
    const noted = rows[0]?.t ?? '';
    await new Promise((r) => setTimeout(r, 1_100));
    const after = [await place(ids[0] ?? 0, 3), await place(ids[1] ?? 0, 4)];
    // Make sure the WAL holding the later commits is archived too (the restore must stop before them,
    // not merely run out of WAL): `check` switches the WAL segment and waits for it to reach the repository.
    sh('runuser', ['-u', 'postgres', '--', 'pgbackrest', `--config=${config}`, `--stanza=${STANZA}`, 'check']);

    // Into a fresh cluster (created, never started): its data directory emptied, restored to the noted time, started.
    rmSync(target.dataDir, { recursive: true, force: true });
    mkdirSync(target.dataDir, { mode: 0o700 });
    chownSync(target.dataDir, ...postgresIds());
    const restoreStarted = performance.now();
    const restoreOut = sh(path.join(root, 'scripts/restore'), ['--to', noted, '--pg-path', target.dataDir], env);
    expect(restoreOut).toContain('restore prepared');
    sh('pg_ctlcluster', [String(pgVersion), target.name, 'start']);
    await waitReady(target.port);
    const restoreDone = performance.now();

    const restored = new Pool({ connectionString: target.url, max: 2 });
    const rdb = drizzle({ client: restored, schema }) as unknown as Db;
    try {
      const numbers = [...before, ...after].map((o) => o.number);
      const found = await rdb
        .select({
          id: orders.id,
          number: orders.number,
          subtotal: orders.subtotal,
          shippingFee: orders.shippingFee,
          total: orders.total,
        })
        .from(orders)
        .where(inArray(orders.number, numbers));
      expect(found.map((o) => o.number).sort()).toEqual(before.map((o) => o.number).sort());
      for (const o of before) {
        const row = found.find((f) => f.number === o.number);
        expect(row).toMatchObject({ subtotal: o.subtotal, shippingFee: o.shippingFee, total: o.total });
      }
      // Totals: every restored order's lines add up to its subtotal.
      const sums = await rdb
        .select({ orderId: orderItems.orderId, lines: sql<number>`sum(${orderItems.lineTotal})::bigint` })
        .from(orderItems)
        .where(
          inArray(
            orderItems.orderId,
            found.map((o) => o.id),
          ),
        )
        .groupBy(orderItems.orderId);
      for (const o of found) expect(Number(sums.find((s) => s.orderId === o.id)?.lines)).toBe(o.subtotal);
      // Stock and ledger: the stock is the initial 10 minus the earlier orders only, and the ledger
      // (one row per order line) says the same.
      const stock = await rdb
        .select({ id: variants.id, stock: variants.stock })
        .from(variants)
        .where(inArray(variants.id, ids));
      const ledger = await rdb
        .select({
          variantId: inventoryLedger.variantId,
          delta: sql<number>`sum(${inventoryLedger.delta})::int`,
          rows: sql<number>`count(*)::int`,
        })
        .from(inventoryLedger)
        .where(inArray(inventoryLedger.variantId, ids))
        .groupBy(inventoryLedger.variantId);
      expect(stock.find((s) => s.id === ids[0])?.stock).toBe(10 - 2 - 1);
      expect(stock.find((s) => s.id === ids[1])?.stock).toBe(10 - 1);
      expect(ledger.find((l) => l.variantId === ids[0])).toEqual({ variantId: ids[0], delta: -3, rows: 2 });
      expect(ledger.find((l) => l.variantId === ids[1])).toEqual({ variantId: ids[1], delta: -1, rows: 1 });
      // The restored cluster took writes again (promoted): it is a working database, not a read-only copy.
      await restored.query('create table drill_probe (x int); drop table drill_probe');
    } finally {
      await restored.end();
    }

    const report = {
      backupSeconds: Math.round(backupDone - backupStarted) / 1000,
      restoreSeconds: Math.round(restoreDone - restoreStarted) / 1000,
      totalSeconds: Math.round(performance.now() - started) / 1000,
      target: noted,
      ordersBefore: before.length,
      ordersAfter: after.length,
    };
    console.log(`[restore drill] ${JSON.stringify(report)}`);
    mkdirSync(path.join(root, 'test-results'), { recursive: true });
    writeFileSync(path.join(root, 'test-results/restore-drill.json'), `${JSON.stringify(report, null, 2)}\n`);
  });
});

function postgresIds(): [number, number] {
  const uid = Number(sh('id', ['-u', 'postgres']).trim());
  const gid = Number(sh('id', ['-g', 'postgres']).trim());
  return [uid, gid];
}
