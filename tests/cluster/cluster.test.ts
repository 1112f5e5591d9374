import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertAccountWithRole } from '@/lib/auth/staff-accounts';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { requireOrSkip } from '../support/services';
import { type Cluster, redisCli, SENTINEL_MASTER, startCluster, waitFor } from './cluster';
import { COD_ORDER, type Catalog, failedGets, Load, request, type Sample, shopperAgent, summary } from './load';
import { DAEMONS, missingDaemons } from './services';

// The seed's cluster, proven by killing each part under a steady load of shoppers through nginx:
//   1. a price edited in /admin on one instance shows on all three at the next request;
//   2. kill -9 of an instance: no failed GET, no order placed twice, orders in the database = 201s;
//   3. Redis primary stopped: Sentinel promotes the replica, carts survive, the cart API answers within 10 s;
//   4. PostgreSQL replica stopped (and lagging): the catalog keeps answering, from the primary;
//   5. PostgreSQL primary stopped: the catalog answers from the replica and the cache, checkout answers 503
//      in Vietnamese and recovers by itself when the primary is back;
//   6. a rolling restart with scripts/deploy: no failed request.
// The numbers of each scenario are printed at the end (the capacity notes quote them).

const repoDir = path.resolve(import.meta.dirname, '../..');
const execFileAsync = promisify(execFile);
const missing = missingDaemons();
const canRun = requireOrSkip(
  missing.length === 0,
  `Debian's ${missing.join(', ')} (apt-get install nginx pgbouncer postgresql redis-server redis-sentinel)`,
);

const results: Record<string, unknown> = {};
const log = (msg: string) => console.log(`[cluster ${new Date().toISOString().slice(11, 19)}] ${msg}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function buildIfNeeded(): void {
  if (process.env.CLUSTER_SKIP_BUILD === '1' && existsSync(path.join(repoDir, '.next/standalone/server.js'))) return;
  log('next build');
  const build = spawnSync('npx', ['next', 'build'], {
    cwd: repoDir,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error('next build failed');
}

async function catalogOf(pool: Pool): Promise<Catalog> {
  const products = await pool.query<{ slug: string; category: string; brand: string }>(
    `select p.slug, c.slug as category, b.slug as brand from products p
       join categories c on c.id = p.category_id join brands b on b.id = p.brand_id
      where p.published and p.deleted_at is null order by p.id limit 40`,
  );
  const variants = await pool.query<{ id: number }>(
    `select v.id from variants v join products p on p.id = v.product_id
      where p.published and p.deleted_at is null order by v.id limit 40`,
  );
  const slugs = products.rows.map((r) => r.slug);
  const pages = [
    '/',
    ...new Set(products.rows.map((r) => `/danh-muc/${r.category}`)),
    ...new Set(products.rows.map((r) => `/thuong-hieu/${r.brand}`)),
    ...slugs.map((s) => `/san-pham/${s}`),
  ];
  return { pages, productSlugs: slugs, variantIds: variants.rows.map((r) => r.id) };
}

/** A catalog read that no cache has seen: the database (replica or primary) must answer it. */
const uncachedRead = () => `/api/products?q=${encodeURIComponent(`loa ${randomUUID().slice(0, 8)}`)}&limit=12`;

/** A shopper of its own (its own address) with a cart holding one line. */
async function cartWithOneLine(base: string, shopper: number, variantId: number) {
  const agent = shopperAgent(shopper);
  const added = await request(agent, base, 'POST', '/api/cart/items', { body: { variantId, quantity: 2 } });
  expect([200, 201]).toContain(added.status);
  const cartId = (JSON.parse(added.body) as { cartId: string }).cartId;
  return { agent, cartId };
}

async function pgbouncerTransactions(port: number): Promise<number> {
  const admin = new Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/pgbouncer`, max: 1 });
  try {
    const { rows } = await admin.query<{ database: string; total_xact_count: string }>('SHOW STATS');
    return rows.filter((r) => r.database === 'atl_cluster').reduce((n, r) => n + Number(r.total_xact_count), 0);
  } finally {
    await admin.end();
  }
}

function failures(samples: Sample[]): Sample[] {
  return samples.filter((s) => s.status === 0 || s.status >= 500);
}

function describeFailures(samples: Sample[]): string {
  return samples
    .slice(0, 10)
    .map((s) => `${s.method} ${s.path} -> ${s.status}${s.error ? ` (${s.error})` : ''}`)
    .join('\n');
}

describe.skipIf(!canRun)(
  'the cluster: nginx, three instances, PostgreSQL + replica behind PgBouncer, Redis + Sentinel',
  () => {
    let cluster: Cluster;
    let catalog: Catalog;
    let load: Load;
    let shopperSeq = 200; // addresses of the scenarios' own shoppers, apart from the load's

    beforeAll(async () => {
      buildIfNeeded();
      cluster = await startCluster({ repoDir, log });
      catalog = await catalogOf(cluster.primaryDb.pool);
      load = new Load(cluster.nginxUrl, catalog, { shoppers: 8, thinkMs: 250, orderEvery: 9 });
      load.start();
      await sleep(4000);
    });

    afterAll(async () => {
      await load?.stop();
      if (load) results.total = summary(load.samples);
      console.log(`\n[cluster] results\n${JSON.stringify(results, null, 2)}\n`);
      await cluster?.stop();
    });

    it('serves through nginx: HTTP/2 over TLS, gzip, long-cached build assets, a request id, limit_req on search', async () => {
      const started = Date.now();
      const h2 = execFileSync('curl', [
        '-sk',
        '--http2',
        '-o',
        '/dev/null',
        '-w',
        '%{http_version} %{http_code}',
        `https://127.0.0.1:${cluster.nginxHttpsPort}/`,
      ]).toString();
      expect(h2).toBe('2 200');

      const agent = shopperAgent(shopperSeq++);
      const home = await request(agent, cluster.nginxUrl, 'GET', '/', { headers: { 'accept-encoding': 'gzip' } });
      expect(home.status).toBe(200);
      expect(home.headers['content-encoding']).toBe('gzip');
      expect(home.headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
      const plain = await request(agent, cluster.nginxUrl, 'GET', '/');
      const asset = /\/_next\/static\/[^"']+\.js/.exec(plain.body)?.[0];
      expect(asset).toBeTruthy();
      const first = await request(agent, cluster.nginxUrl, 'GET', asset ?? '');
      const second = await request(agent, cluster.nginxUrl, 'GET', asset ?? '');
      expect(second.status).toBe(200);
      expect(second.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect([first.headers['x-cache-status'], second.headers['x-cache-status']]).toContain('HIT');

      // One address sending 40 searches at once: past the burst nginx answers 429 before the app sees them.
      const searcher = new http.Agent({ keepAlive: true, maxSockets: 40, localAddress: '127.1.9.9' });
      const searches = await Promise.all(
        Array.from({ length: 40 }, (_, i) => request(searcher, cluster.nginxUrl, 'GET', `/tim-kiem?q=loa${i}`)),
      );
      searcher.destroy();
      const limited = searches.filter((r) => r.status === 429).length;
      expect(limited).toBeGreaterThan(0);
      expect(searches.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(20);
      agent.destroy();

      const steady = load.between(load.samples[0]?.at ?? 0, Date.now());
      results.steady = { ...summary(steady), searchesLimitedOf40: limited };
      expect(failures(steady), describeFailures(failures(steady))).toEqual([]);
      // Catalog reads went to the replica (through its PgBouncer).
      expect(await pgbouncerTransactions(cluster.bouncers.replica.port)).toBeGreaterThan(0);
      log(`nginx checks in ${Date.now() - started} ms`);
    });

    it('1. shows a price edited in /admin on one instance on all three at the next request', async () => {
      if (!chromiumAvailable()) return;
      const staff = { email: `quanly-${Date.now()}@example.vn`, password: 'mat-khau-cum-2026', name: 'Quản lý' };
      await upsertAccountWithRole(cluster.primaryDb.db, { ...staff, role: 'admin' });
      const slug = catalog.productSlugs[0] ?? '';
      const { rows } = await cluster.primaryDb.pool.query<{ id: number }>('select id from products where slug = $1', [
        slug,
      ]);
      const productId = rows[0]?.id;
      const [a, b, c] = cluster.instances;
      if (!a || !b || !c || !productId) throw new Error('setup');
      const priceOn = async (base: string) => {
        const res = await fetch(`${base}/api/products/${slug}`);
        const body = (await res.json()) as { variants: { price: number }[] };
        return body.variants[0]?.price;
      };
      // Every instance has the product cached before the edit.
      const before = await priceOn(a.url);
      expect(await priceOn(b.url)).toBe(before);
      expect(await priceOn(c.url)).toBe(before);
      const newPrice = (before ?? 1_000_000) + 11_000;

      const browser = await launchBrowser();
      try {
        const page = await phonePage(browser);
        await page.goto(`${a.url}/admin/products/${productId}`);
        await page.waitForURL(/\/dang-nhap/);
        await page.getByLabel('Email').fill(staff.email);
        await page.getByLabel('Mật khẩu').fill(staff.password);
        await page.getByRole('button', { name: 'Đăng nhập' }).click();
        await page.waitForURL(/\/admin/);
        await page.goto(`${a.url}/admin/products/${productId}`);
        await page.getByLabel('Giá bán (₫)').first().fill(newPrice.toLocaleString('vi-VN'));
        await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
        await page
          .getByText(/Đã lưu/)
          .first()
          .waitFor({ timeout: 30_000 });
      } finally {
        await browser.close();
      }
      const after = { a: await priceOn(a.url), b: await priceOn(b.url), c: await priceOn(c.url) };
      results.adminEdit = { before, newPrice, after };
      expect(after).toEqual({ a: newPrice, b: newPrice, c: newPrice });
    });

    it('2. kill -9 of an instance: no failed GET, no order twice, as many orders as 201s', async () => {
      const victim = cluster.instances[1];
      if (!victim?.child) throw new Error('no instance');
      const from = Date.now();
      victim.child.kill('SIGKILL');
      await sleep(1000);
      await victim.waitHealthy(60_000); // restarted by its supervisor, like a container's restart policy
      await sleep(3000);
      const window = load.between(from, Date.now());
      const failedGet = failedGets(window);

      await load.stop(); // a quiet moment to compare the books
      const answered = new Set(
        load.samples.filter((s) => s.kind === 'order' && s.status === 201).map((s) => s.order?.number),
      );
      const { rows } = await cluster.primaryDb.pool.query<{ orders: string; keys: string }>(
        'select count(*) as orders, count(distinct idempotency_key) as keys from orders',
      );
      results.killInstance = {
        ...summary(window),
        restarts: victim.restarts,
        ordersInDatabase: Number(rows[0]?.orders),
        distinctOrdersAnswered201: answered.size,
      };
      load.start();
      expect(failedGet, describeFailures(failedGet)).toEqual([]);
      expect(Number(rows[0]?.orders)).toBe(Number(rows[0]?.keys)); // one order per Idempotency-Key
      expect(Number(rows[0]?.orders)).toBe(answered.size);
      expect(answered.size).toBeGreaterThan(0);
    });

    it('3. Redis primary stopped: Sentinel promotes the replica, carts survive, the cart API answers within 10 s', async () => {
      const [oldPort, newPort] = cluster.redis.ports as [number, number];
      const { agent, cartId } = await cartWithOneLine(cluster.nginxUrl, shopperSeq++, catalog.variantIds[3] ?? 0);
      expect(redisCli(oldPort, 'WAIT', '1', '2000')).toBe('1'); // the replica has the cart
      const from = Date.now();
      await cluster.redis.daemons[0]?.stop('SIGKILL');
      let lastStatus = 0;
      const recoveredMs = await waitFor(
        async () => {
          const res = await request(agent, cluster.nginxUrl, 'GET', '/api/cart', { headers: { 'x-cart-id': cartId } });
          lastStatus = res.status;
          if (res.status !== 200) return false;
          const cart = JSON.parse(res.body) as { cart: { lines: { quantity: number }[] } };
          return cart.cart.lines[0]?.quantity === 2;
        },
        20_000,
        'the cart API with the cart after the failover',
      ).catch((err: Error) => {
        throw new Error(`${err.message} (last status ${lastStatus})`);
      });
      const master = redisCli(
        cluster.redis.sentinelPorts[0] ?? 0,
        'SENTINEL',
        'get-master-addr-by-name',
        SENTINEL_MASTER,
      );
      await sleep(1000);
      const window = load.between(from, Date.now());
      results.redisFailover = {
        cartApiBackAfterMs: recoveredMs,
        newPrimary: master.replace(/\s+/g, ':'),
        pageGetFailures: failedGets(window).filter((s) => s.kind === 'page').length,
        ...summary(window),
      };
      agent.destroy();
      expect(master).toContain(String(newPort));
      expect(recoveredMs).toBeLessThanOrEqual(10_000);
      // Pages need no Redis: none failed while it was switching.
      expect(failedGets(window).filter((s) => s.kind === 'page')).toEqual([]);
    });

    it('4. PostgreSQL replica stopped or lagging: the catalog keeps answering, from the primary', async () => {
      const agent = shopperAgent(shopperSeq++);
      const read = async () => request(agent, cluster.nginxUrl, 'GET', uncachedRead());
      const from = Date.now();
      cluster.stopReplica();
      const during: number[] = [];
      for (let i = 0; i < 15; i++) {
        during.push((await read()).status);
        await sleep(200);
      }
      const stoppedWindow = load.between(from, Date.now());
      cluster.startReplica();
      // Back in use: the replica's PgBouncer carries transactions again.
      const before = await pgbouncerTransactions(cluster.bouncers.replica.port);
      await waitFor(
        async () => {
          await read();
          return (await pgbouncerTransactions(cluster.bouncers.replica.port)) > before;
        },
        20_000,
        'reads on the restarted replica',
      );

      // Lagging: replay paused on the replica while the primary takes a write. Past
      // DATABASE_REPLICA_MAX_LAG_SECONDS (2 s here) the replica is skipped, so the write is visible.
      const word = `tre${randomUUID().slice(0, 6)}`;
      await cluster.replicaPool.query('select pg_wal_replay_pause()');
      try {
        const slug = catalog.productSlugs[5] ?? '';
        await cluster.primaryDb.pool.query(`update products set name = name || ' ' || $1 where slug = $2`, [
          word,
          slug,
        ]);
        // Each instance checks the replica once a second: within a few seconds past the limit every instance
        // has stopped reading from it (polled, so a slow check on a loaded machine does not fail the run).
        // A different URL each time: an answer read from the replica before it was skipped is cached (for its URL).
        let items: { slug: string }[] = [];
        let attempt = 0;
        await waitFor(
          async () => {
            attempt = Math.min(attempt + 1, 48);
            const url = `/api/products?q=${word}&limit=${12 + attempt}`;
            const found = await request(agent, cluster.nginxUrl, 'GET', url);
            items = (JSON.parse(found.body) as { items: { slug: string }[] }).items;
            return items.some((i) => i.slug === slug);
          },
          12_000,
          'the lagging replica skipped',
        ).catch(() => undefined);
        results.replicaDown = {
          uncachedReadsWhileDown: during.length,
          statuses: [...new Set(during)],
          ...summary(stoppedWindow),
          lagSkipped: items.some((i) => i.slug === slug),
        };
        expect(items.map((i) => i.slug)).toContain(slug);
      } finally {
        await cluster.replicaPool.query('select pg_wal_replay_resume()');
      }
      agent.destroy();
      expect(during.every((s) => s === 200)).toBe(true);
      expect(failedGets(stoppedWindow), describeFailures(failedGets(stoppedWindow))).toEqual([]);
    });

    it('5. PostgreSQL primary stopped: catalog from the replica and the cache, checkout 503 in Vietnamese, recovery by itself', async () => {
      const { agent, cartId } = await cartWithOneLine(cluster.nginxUrl, shopperSeq++, catalog.variantIds[4] ?? 0);
      const key = `cluster-primary-${randomUUID()}`;
      const checkout = () =>
        request(agent, cluster.nginxUrl, 'POST', '/api/checkout', {
          body: COD_ORDER,
          headers: { 'x-cart-id': cartId, 'idempotency-key': key },
        });
      const from = Date.now();
      cluster.stopPrimary();
      const reads: number[] = [];
      const pages: number[] = [];
      for (let i = 0; i < 10; i++) {
        reads.push((await request(agent, cluster.nginxUrl, 'GET', uncachedRead())).status);
        pages.push(
          (await request(agent, cluster.nginxUrl, 'GET', catalog.pages[i % catalog.pages.length] ?? '/')).status,
        );
        await sleep(200);
      }
      const refused = await checkout();
      const downWindow = load.between(from, Date.now());
      cluster.startPrimary();
      const backAt = Date.now();
      let placed = 0;
      const recoveredMs = await waitFor(
        async () => {
          const res = await checkout();
          placed = res.status;
          return res.status === 201;
        },
        30_000,
        'checkout after the primary came back',
      ).catch((err: Error) => {
        throw new Error(`${err.message} (last status ${placed})`);
      });
      results.primaryDown = {
        uncachedReadStatuses: [...new Set(reads)],
        pageStatuses: [...new Set(pages)],
        checkoutWhileDown: refused.status,
        checkoutMessage: refused.body.slice(0, 200),
        checkoutBackAfterMs: recoveredMs,
        loadGetFailuresWhileDown: failedGets(downWindow).length,
        ...summary(downWindow),
      };
      log(`primary back; checkout placed ${Date.now() - backAt} ms after`);
      agent.destroy();
      expect(reads.every((s) => s === 200)).toBe(true);
      expect(pages.every((s) => s === 200)).toBe(true);
      expect(failedGets(downWindow), describeFailures(failedGets(downWindow))).toEqual([]);
      expect(refused.status).toBe(503);
      const message = (JSON.parse(refused.body) as { error?: { message?: string } }).error?.message ?? '';
      expect(message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
    });

    it('6. a rolling restart with scripts/deploy: no failed request', async () => {
      const pidFiles = cluster.root;
      const nginx = `${DAEMONS.nginx} -p ${cluster.nginx.dir} -c ${cluster.nginx.confFile} -s reload`;
      const from = Date.now();
      const restarts = cluster.instances.map((i) => i.restarts);
      const { stdout } = await execFileAsync(path.join(repoDir, 'scripts/deploy'), {
        env: {
          ...process.env,
          DEPLOY_MODE: 'local',
          DEPLOY_INSTANCES: cluster.instances.map((i) => `${i.name}=127.0.0.1:${i.port}`).join(' '),
          DEPLOY_UPSTREAM_FILE: cluster.nginx.upstreamFile,
          DEPLOY_NGINX_RELOAD: nginx,
          // SIGTERM, wait for the process to exit; its supervisor starts it again.
          DEPLOY_RESTART: `pid=$(cat ${pidFiles}/"$1".pid); kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done`,
          // Longer than the slowest request under this load: Next exits on SIGTERM without waiting for its
          // requests in flight unless the app drains them itself.
          DEPLOY_DRAIN_SECONDS: '6',
        },
        timeout: 300_000,
      });
      log(stdout.trim());
      await sleep(2000);
      const window = load.between(from, Date.now());
      results.rollingDeploy = {
        seconds: Math.round((Date.now() - from) / 1000),
        restarted: cluster.instances.map((i, n) => i.restarts - (restarts[n] ?? 0)),
        ...summary(window),
      };
      expect(cluster.instances.every((i, n) => i.restarts === (restarts[n] ?? 0) + 1)).toBe(true);
      expect(failures(window), describeFailures(failures(window))).toEqual([]);
      expect(window.length).toBeGreaterThan(50);
    }, 420_000);
  },
);
