import { type ChildProcess, spawn } from 'node:child_process';
import { drizzle } from 'drizzle-orm/node-postgres';
import { sql } from 'drizzle-orm';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '@/db/schema';
import { outbox } from '@/db/schema';
import { seedCatalog } from '@/db/seed/seed';
import { placeOrder } from '@/lib/checkout/place-order';
import type { Db } from '@/lib/db/types';
import { startCountingSmtpSink, type CountingSink } from '../support/counting-smtp-sink';
import { checkoutRequest, createProduct, testKey } from '../support/factories';
import { createPgCluster, type PgCluster, pgClusterAvailable } from '../support/pg-cluster';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';

// Sent once, under faults: confirmations are sent by the stand-alone jobs worker (BullMQ on Redis) from a
// PostgreSQL cluster of this test's own, to an SMTP sink that counts messages per Message-ID and takes
// 50 ms to accept each. Two faults, each on its own batch of orders:
//   1. PostgreSQL restarted (fast: connections terminated) while messages are being sent: the mark is
//      retried until the database is back, so no message is sent twice;
//   2. the worker killed (SIGKILL) while messages are being sent, and a new one started: a message
//      accepted by the provider whose row was not yet marked is sent again after its lease expires.
//      At-least-once: the duplicates are at most the sends in flight at the kill (the concurrency).
// Both print what they measured.

const CONCURRENCY = 8;
const LEASE_SECONDS = 20;
const PER_BATCH = 240;

const ready =
  requireOrSkip(pgClusterAvailable(), 'pg_createcluster (postgresql package, run as root)') &&
  requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {
      // the database may be restarting
    }
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!ready)('outbox delivery under a PostgreSQL restart and a killed worker', () => {
  let cluster: PgCluster;
  let databaseUrl: string;
  let pool: Pool;
  let db: Db;
  let sink: CountingSink;
  const workers: ChildProcess[] = [];
  const prefix = `atl-crash-${process.pid}-${Date.now()}:`;

  function startWorker(): ChildProcess {
    const child = spawn('npx', ['tsx', '--conditions=react-server', 'scripts/jobs-worker.ts'], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        DATABASE_POOL_MAX: '10',
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: prefix,
        SMTP_URL: sink.url,
        OUTBOX_LEASE_SECONDS: String(LEASE_SECONDS),
        EMAIL_CONCURRENCY: String(CONCURRENCY),
        SMTP_POOL_CONNECTIONS: String(CONCURRENCY),
        EXPIRY_WORKER: 'false',
        CACHE_WARMUP: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    workers.push(child);
    return child;
  }

  async function placeBatch(variantId: number): Promise<string[]> {
    const numbers: string[] = [];
    for (let i = 0; i < PER_BATCH; i++) {
      const r = await placeOrder(db, {
        lines: [{ variantId, quantity: 1 }],
        request: checkoutRequest(),
        idempotencyKey: testKey(),
        shipping: { flatFee: 30_000, freeFrom: 1_000_000 },
        paymentWindowMinutes: 15,
      });
      if (!r.ok) throw new Error(`order not placed: ${r.code}`);
      numbers.push(r.order.number);
    }
    return numbers;
  }

  const messageId = (number: string) => `<order-${number}-confirmation@audiotailoc.vn>`;
  const sentOf = (numbers: string[]) => numbers.filter((n) => (sink.counts.get(messageId(n)) ?? 0) > 0).length;
  const duplicatesOf = (numbers: string[]) =>
    numbers.reduce((d, n) => d + Math.max(0, (sink.counts.get(messageId(n)) ?? 0) - 1), 0);
  async function pendingRows(numbers: string[]): Promise<number> {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(outbox)
      .where(sql`${outbox.status} <> 'sent' and ${outbox.payload}->>'orderNumber' in ${numbers}`);
    return row?.n ?? -1;
  }

  beforeAll(async () => {
    sink = await startCountingSmtpSink({ acceptDelayMs: 50 });
    cluster = await createPgCluster('atl_crash');
    databaseUrl = await cluster.createDatabase('shop');
    pool = new Pool({ connectionString: databaseUrl, max: 4 });
    // Idle clients are terminated when a test drops its database or restarts its server: the pool drops them.
    pool.on('error', () => {});
    pool.on('error', () => {}); // idle clients are cut by the restart
    db = drizzle({ client: pool, schema }) as unknown as Db;
    await seedCatalog(db, 0);
  }, 180_000);

  afterAll(async () => {
    for (const w of workers) {
      if (w.exitCode === null && w.pid) {
        try {
          process.kill(-w.pid, 'SIGKILL');
        } catch {
          // gone
        }
      }
    }
    await pool?.end().catch(() => {});
    await sink?.close();
    cluster?.drop();
  });

  it('sends every confirmation once through a PostgreSQL restart, and at least once through a killed worker', async () => {
    const {
      variants: [v],
    } = await createProduct(db, { variants: [{ price: 150_000, stock: 10_000 }] });
    const variantId = v?.id ?? 0;

    // 1. PostgreSQL restarted mid-send.
    const restartBatch = await placeBatch(variantId);
    startWorker();
    await until('a third of the first batch sent', () => sentOf(restartBatch) >= PER_BATCH / 3, 60_000);
    const inFlightAtRestart = PER_BATCH - sentOf(restartBatch);
    cluster.restart();
    await until('the first batch sent and marked', async () => (await pendingRows(restartBatch)) === 0, 120_000);
    const restartDuplicates = duplicatesOf(restartBatch);
    console.log(
      `[outbox-crash] PostgreSQL restart: ${PER_BATCH} orders, ${sentOf(restartBatch)} confirmed, ` +
        `${restartDuplicates} duplicates (${inFlightAtRestart} not yet sent at the restart)`,
    );
    expect(sentOf(restartBatch)).toBe(PER_BATCH);
    expect(restartDuplicates).toBe(0);

    // 2. The worker killed mid-send, another one started.
    const killBatch = await placeBatch(variantId);
    await until('a third of the second batch sent', () => sentOf(killBatch) >= PER_BATCH / 3, 60_000);
    const first = workers[0] as ChildProcess;
    process.kill(-(first.pid as number), 'SIGKILL');
    const sentAtKill = sentOf(killBatch);
    startWorker();
    await until('the second batch sent and marked', async () => (await pendingRows(killBatch)) === 0, 150_000);
    const killDuplicates = duplicatesOf(killBatch);
    console.log(
      `[outbox-crash] worker SIGKILL: ${PER_BATCH} orders, ${sentOf(killBatch)} confirmed, ` +
        `${killDuplicates} duplicates (${sentAtKill} sent before the kill; concurrency ${CONCURRENCY})`,
    );
    expect(sentOf(killBatch)).toBe(PER_BATCH);
    expect(killDuplicates).toBeLessThanOrEqual(CONCURRENCY);
  }, 400_000);
});
