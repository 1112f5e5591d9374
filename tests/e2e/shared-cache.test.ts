import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import Redis from 'ioredis';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { categories, products, variants } from '@/db/schema';
import { upsertAccountWithRole } from '@/lib/auth/staff-accounts';
import { formatVnd } from '@/lib/money';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { freePort, waitForHealth } from '../support/process';
import { TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase } from '../support/test-database';

// Two `next start` instances of the same build on one database and one Redis, as behind a load balancer:
// both fill and read one cache, a price edited through the admin on A is on B's next request (product page
// and category listing, both cached on B before the edit), an unknown slug leaves nothing in the cache, and a
// third instance whose Redis is unreachable still renders the catalog from the database.

const databaseUrl = inject('databaseUrl');
const canRun = Boolean(databaseUrl) && chromiumAvailable();
const prefix = `atl-e2e-shared-${randomUUID().slice(0, 8)}:`;
const word = `c${Date.now().toString(36)}`;
const staff = { email: `gia-${word}@example.vn`, password: 'mat-khau-thu-2026', name: 'Nhân viên giá' };

type Instance = { url: string; child: ChildProcess };
const started: Instance[] = [];

async function startInstance(redisUrl: string): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl ?? '',
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      ORDER_TOKEN_SECRET: 'e2e-order-token-secret-0123456789abcdef',
      AUTH_SECRET: 'e2e-auth-secret-0123456789abcdef0123456789',
      SITE_URL: url,
      LOG_LEVEL: 'error',
      OUTBOX_WORKER: 'false',
      // Nothing here sends mail; production only insists that somewhere could take it.
      SMTP_URL: 'smtp://127.0.0.1:2525',
      EXPIRY_WORKER: 'false',
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  });
  const instance = { url, child };
  started.push(instance);
  await waitForHealth(url, child, { timeoutMs: 90_000, what: 'next start' });
  return instance;
}

async function html(url: string): Promise<{ status: number; text: string; cache: string | null }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
  return { status: res.status, text: await res.text(), cache: res.headers.get('x-nextjs-cache') };
}

describe.skipIf(!canRun)('one shared cache for every instance', () => {
  let a: Instance;
  let b: Instance;
  let browser: Browser;
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true });
  let target: { id: number; slug: string; categorySlug: string; price: number };

  beforeAll(async () => {
    const conn = connectTestDatabase(databaseUrl ?? '');
    try {
      await upsertAccountWithRole(conn.db, { ...staff, role: 'staff' });
      // The newest single-variant product: first on its category's default (newest first) listing.
      const rows = await conn.db
        .select({ id: products.id, slug: products.slug, categorySlug: categories.slug, price: variants.price })
        .from(products)
        .innerJoin(categories, eq(categories.id, products.categoryId))
        .innerJoin(variants, eq(variants.productId, products.id))
        .where(and(eq(products.published, true), isNull(products.deletedAt)))
        .orderBy(desc(products.createdAt), desc(products.id))
        .limit(40);
      const counts = new Map<number, number>();
      for (const r of rows) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
      const single = rows.find((r) => counts.get(r.id) === 1);
      if (!single) throw new Error('no single-variant product among the newest');
      target = single;
    } finally {
      await conn.close();
    }
    [a, b] = await Promise.all([startInstance(TEST_REDIS_URL), startInstance(TEST_REDIS_URL)]);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    for (const { child } of started) {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('serves on B what A rendered, and shows a price edited on A on B’s next request', async () => {
    const productPath = `/san-pham/${target.slug}`;
    const listingPath = `/danh-muc/${target.categorySlug}`;
    const oldPrice = formatVnd(target.price);
    const newPrice = target.price + 111_000;

    // A renders and stores; B finds it in Redis without rendering.
    const first = await html(a.url + productPath);
    expect(first.status).toBe(200);
    expect(first.text).toContain(oldPrice);
    const keys = await redis.keys(`${prefix}cache:e:*${target.slug}*`);
    expect(keys.length).toBeGreaterThan(0);
    const onB = await html(b.url + productPath);
    expect(onB.cache).toBe('HIT');
    expect(onB.text).toContain(oldPrice);
    const listingOnB = await html(b.url + listingPath);
    expect(listingOnB.status).toBe(200);
    expect(listingOnB.text).toContain(oldPrice);
    expect((await html(b.url + listingPath)).cache).toBe('HIT');

    // The edit, through the admin on A.
    const admin = await phonePage(browser);
    await admin.goto(`${a.url}/admin/products/${target.id}`);
    await admin.waitForURL(/\/dang-nhap\?callbackUrl=/);
    await admin.getByLabel('Email').fill(staff.email);
    await admin.getByLabel('Mật khẩu').fill(staff.password);
    await admin.getByRole('button', { name: 'Đăng nhập' }).click();
    await admin.waitForURL(`${a.url}/admin/products/${target.id}`);
    await admin.getByLabel('Giá bán (₫)').first().fill(String(newPrice));
    await admin.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await admin.getByText('Đã lưu sản phẩm.').waitFor();

    // B, next request: the new price on the product page and on the listing.
    const after = await html(b.url + productPath);
    expect(after.status).toBe(200);
    expect(after.text).toContain(formatVnd(newPrice));
    expect(after.text).not.toContain(oldPrice);
    const listingAfter = await html(b.url + listingPath);
    expect(listingAfter.text).toContain(formatVnd(newPrice));
  }, 120_000);

  it('keeps no entry for an unknown slug', async () => {
    const slug = `khong-co-${word}`;
    expect((await html(`${b.url}/san-pham/${slug}`)).status).toBe(404);
    expect((await html(`${a.url}/san-pham/${slug}`)).status).toBe(404);
    expect(await redis.keys(`${prefix}cache:e:*${slug}*`)).toEqual([]);
  });

  it('renders the catalog from the database when Redis is unreachable', async () => {
    const c = await startInstance('redis://127.0.0.1:1');
    const page = await html(`${c.url}/san-pham/${target.slug}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(target.slug);
    expect((await html(`${c.url}/danh-muc/${target.categorySlug}`)).status).toBe(200);
  }, 120_000);
});
