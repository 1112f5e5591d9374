import { sql } from 'drizzle-orm';
import Redis from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { outbox, products } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import type { Db } from '@/lib/db/types';
import { createAccount } from '../support/accounts';
import { type CountingSink, startCountingSmtpSink } from '../support/counting-smtp-sink';
import { checkoutRequest, createProduct, testKey } from '../support/factories';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// The outbox through BullMQ, in-process against real PostgreSQL and Redis (a database and key prefix of
// this file's own): the relay hands committed rows to the e-mail queue, the worker sends each once at the
// channel's rate; jobs lost with Redis are handed over again from the outbox; a row that fails for good
// becomes a failed job that /admin/jobs can retry or discard; scheduled jobs are registered once.

const databaseUrl = inject('databaseUrl');
const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);
const RATE_PER_SECOND = 20;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe.skipIf(!databaseUrl || !redisUp)('background jobs on BullMQ', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  let sink: CountingSink;
  let variantId: number;
  const prefix = `atl-jobs-${process.pid}-${Date.now()}:`;
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true });

  beforeAll(async () => {
    sink = await startCountingSmtpSink();
    database = await createTestDatabase('atl_jobs', { seed: true });
    conn = connectTestDatabase(database.url);
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      SMTP_URL: sink.url,
      OUTBOX_LEASE_SECONDS: '5',
      EMAIL_CONCURRENCY: '4',
      EMAIL_RATE_PER_SECOND: String(RATE_PER_SECOND),
      EXPIRY_WORKER: 'true',
      CACHE_WARMUP: 'false',
    });
    const {
      variants: [v],
    } = await createProduct(conn.db, { variants: [{ price: 99_000, stock: 10_000 }] });
    variantId = v?.id ?? 0;
  });

  afterAll(async () => {
    const { stopJobWorkers } = await import('@/lib/jobs/workers');
    const { closeQueues } = await import('@/lib/jobs/queues');
    await stopJobWorkers(5_000);
    await closeQueues();
    // This file's keys only (its own prefix); the shared Redis is never flushed.
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await conn.close();
    await sink.close();
    await sleep(200);
    await database.drop();
  });

  async function placeOrders(n: number): Promise<string[]> {
    const numbers: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await placeOrder(conn.db as Db, {
        lines: [{ variantId, quantity: 1 }],
        request: checkoutRequest(),
        idempotencyKey: testKey(),
        shipping: { flatFee: 30_000, freeFrom: 1_000_000 },
        paymentWindowMinutes: 15,
      });
      if (!r.ok) throw new Error(r.code);
      numbers.push(r.order.number);
    }
    return numbers;
  }
  const idOf = (n: string) => `<order-${n}-confirmation@audiotailoc.vn>`;
  async function statusOf(numbers: string[]) {
    return conn.db
      .select({ id: outbox.id, status: outbox.status, attempts: outbox.attempts })
      .from(outbox)
      .where(sql`${outbox.payload}->>'orderNumber' in ${numbers}`);
  }
  const allSent = async (numbers: string[]) => (await statusOf(numbers)).every((r) => r.status === 'sent');

  it('relays committed rows to the e-mail queue; the worker sends each once, at the channel rate', async () => {
    const { relayOutbox } = await import('@/lib/jobs/relay');
    const { startJobWorkers } = await import('@/lib/jobs/workers');
    const numbers = await placeOrders(40);
    expect(await relayOutbox(conn.db)).toBe(40);
    expect(await relayOutbox(conn.db)).toBe(0); // handed over already
    const started = Date.now();
    await startJobWorkers();
    await until('40 confirmations sent', () => allSent(numbers));
    const seconds = (Date.now() - started) / 1000;
    console.log(`[jobs-queue] 40 confirmations sent in ${seconds.toFixed(1)} s at ${RATE_PER_SECOND}/s`);
    for (const n of numbers) expect(sink.counts.get(idOf(n)), n).toBe(1);
    // 40 messages at 20 per second cannot take less than ~1.5 s (the first second's 20 go at once).
    expect(seconds).toBeGreaterThan(40 / RATE_PER_SECOND - 1);
    expect((await statusOf(numbers)).every((r) => r.attempts === 1)).toBe(true);
  });

  it('hands rows over again when Redis lost their jobs, and still sends each once', async () => {
    const { relayOutbox } = await import('@/lib/jobs/relay');
    const { stopJobWorkers, startJobWorkers } = await import('@/lib/jobs/workers');
    const { getQueue } = await import('@/lib/jobs/queues');
    await stopJobWorkers(5_000);
    const numbers = await placeOrders(6);
    expect(await relayOutbox(conn.db)).toBe(6);
    expect(await getQueue('notify-email').getWaitingCount()).toBe(6);
    // Redis loses the queue (a restart without AOF): this file's job keys are gone.
    const keys = await redis.keys(`${prefix}bull:notify-email:*`);
    await redis.del(...keys);
    expect(await getQueue('notify-email').getWaitingCount()).toBe(0);
    expect(await relayOutbox(conn.db)).toBe(0); // handed over a moment ago: not yet suspicious
    expect(await relayOutbox(conn.db, { requeueAfterSeconds: 0 })).toBe(6);
    await startJobWorkers();
    await until('the 6 sent', () => allSent(numbers));
    for (const n of numbers) expect(sink.counts.get(idOf(n)), n).toBe(1);
  });

  it('a row that fails for good is a failed job: retry sends it, discard leaves the row dead', async () => {
    const { relayOutbox } = await import('@/lib/jobs/relay');
    const { MAX_ATTEMPTS } = await import('@/lib/outbox/deliver');
    const admin = await import('@/lib/jobs/admin');
    const actor = await createAccount(conn.db, 'admin', 'jobs');
    const numbers = await placeOrders(2);
    const rows = await statusOf(numbers);
    // One attempt left each, and the provider refuses mail.
    await conn.db
      .update(outbox)
      .set({ attempts: MAX_ATTEMPTS - 1 })
      .where(sql`${outbox.id} in ${rows.map((r) => r.id)}`);
    sink.refuse.on = true;
    expect(await relayOutbox(conn.db)).toBe(2);
    await until('both dead', async () => (await statusOf(numbers)).every((r) => r.status === 'dead'));
    sink.refuse.on = false;
    const overview = await admin.getQueuesOverview();
    expect(overview.available).toBe(true);
    const email = overview.queues.find((q) => q.name === 'notify-email');
    const failed = email?.failed.filter((j) => rows.some((r) => r.id === j.outboxId)) ?? [];
    expect(failed).toHaveLength(2);
    const [retryJob, discardJob] = failed;
    expect(await admin.getOutboxBacklog(conn.db)).toMatchObject({ dead: 2 });

    const retried = await admin.retryFailedJob(conn.db, { queue: 'notify-email', jobId: retryJob?.id ?? '' }, actor);
    expect(retried.ok).toBe(true);
    const discarded = await admin.discardFailedJob(
      conn.db,
      { queue: 'notify-email', jobId: discardJob?.id ?? '' },
      actor,
    );
    expect(discarded.ok).toBe(true);
    const retriedRow = rows.find((r) => r.id === retryJob?.outboxId);
    await until('the retried one sent', async () =>
      (await statusOf(numbers)).some((r) => r.id === retriedRow?.id && r.status === 'sent'),
    );
    const after = await statusOf(numbers);
    expect(after.find((r) => r.id === discardJob?.outboxId)?.status).toBe('dead');
    expect((await admin.getQueuesOverview()).queues.find((q) => q.name === 'notify-email')?.counts.failed).toBe(0);
    // A dead row can also be sent again from the outbox itself (its job gone).
    const revived = await admin.retryDeadOutboxRow(conn.db, { outboxId: discardJob?.outboxId ?? 0 }, actor);
    expect(revived.ok).toBe(true);
    expect(await relayOutbox(conn.db)).toBe(1);
    await until('the revived one sent', () => allSent(numbers));
    for (const n of numbers) expect(sink.counts.get(idOf(n)), n).toBe(1);
  });

  it('the cache warm-up fetches the home page, the categories and the best sellers', async () => {
    const http = await import('node:http');
    const { warmCaches } = await import('@/lib/jobs/cache-warmup');
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      seen.push(req.url ?? '');
      res.end('ok');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const { port } = server.address() as { port: number };
    try {
      const result = await warmCaches(`http://127.0.0.1:${port}`);
      expect(result.failed).toBe(0);
      expect(result.fetched).toBe(seen.length);
    } finally {
      server.close();
    }
    const [best] = await conn.db
      .select({ slug: products.slug })
      .from(products)
      .where(sql`${products.published} and ${products.deletedAt} is null`)
      .orderBy(sql`${products.soldCount} desc`)
      .limit(1);
    expect(seen).toContain('/');
    expect(seen.some((p) => p.startsWith('/danh-muc/'))).toBe(true);
    expect(seen).toContain(`/san-pham/${best?.slug}`);
  });

  it('registers the payment-expiry sweep once as a repeating job', async () => {
    const { getQueue } = await import('@/lib/jobs/queues');
    const schedulers = await getQueue('scheduled').getJobSchedulers();
    expect(schedulers.map((s) => [s.key ?? s.id, s.every])).toEqual([['expire-payments', 60_000]]);
  });
});
