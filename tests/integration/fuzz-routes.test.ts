import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { z } from 'zod';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { peerAddressHeader } from '@/lib/http/proxy-trust';
import { PG_ADMIN_URL, reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// Property-based fuzzing of every route handler under app/api (found on disk, not listed by hand), in-process on
// a database of its own and the real Redis: hostile and random paths, queries, headers and bodies never get a
// 5xx (nor an exception out of the handler), and a refused request (any 4xx) changes nothing in the database.
// The caller is anonymous and then a signed-in customer (the session is the one stub: its cookie is not what is
// being tested here).

/** Rows of a raw query (the Db type is the union of both drivers: its execute() result is read through zod). */
const rowsOf = (result: unknown) => z.object({ rows: z.array(z.record(z.string(), z.unknown())) }).parse(result).rows;

const run = requireOrSkip(
  (await reachable(PG_ADMIN_URL)) && (await reachable(TEST_REDIS_URL)),
  'PostgreSQL and Redis for the route fuzzing',
);

const session = vi.hoisted(() => ({
  user: null as null | { id: number; email: string; name: string; role: 'customer'; emailVerified: boolean },
}));
vi.mock('@/lib/auth/session', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/auth/session')>();
  const { ApiError } = await import('@/lib/api/errors');
  return {
    ...original,
    getCurrentUser: async () => session.user,
    requireApiPermission: async () => {
      if (!session.user) throw new ApiError(401, 'unauthorized', 'Vui lòng đăng nhập.');
      throw new ApiError(403, 'forbidden', 'Bạn không có quyền.');
    },
  };
});
// Outside a Next server there is nothing to revalidate; reads through unstable_cache run as they are.
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  // Next's data cache needs the server's incremental cache: here the read runs each time, as on a miss.
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) =>
      fn(...args),
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
}));

const API_DIR = path.join(import.meta.dirname, '../../app/api');
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** Every route.ts under app/api, with its URL pattern and dynamic segment names. */
function findRoutes(dir = API_DIR, prefix = '/api'): { file: string; url: string; params: string[] }[] {
  const found: { file: string; url: string; params: string[] }[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...findRoutes(full, `${prefix}/${entry}`));
    else if (entry === 'route.ts') {
      const params = [...prefix.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1] ?? '');
      found.push({ file: full, url: prefix, params });
    }
  }
  return found;
}

// Hostile text: NUL and control characters, malformed escapes, huge numbers, SQL and markup, very long strings.
const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '\u0000',
    'loa\u0000',
    '%E0%A4%A',
    '%00',
    '../../etc/passwd',
    "' OR 1=1 --",
    '<script>alert(1)</script>',
    '2147483648',
    '99999999999999999999',
    '-1',
    '1e309',
    'ATL-000001',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
  ),
);
const hostileNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(2 ** 31, 2 ** 53, -(2 ** 31) - 1, 0, Number.MAX_SAFE_INTEGER),
  fc.double(),
);
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.record({
    variantId: fc.oneof(hostileNumber, hostileText),
    quantity: fc.oneof(hostileNumber, hostileText),
    paymentMethod: fc.oneof(fc.constantFrom('cod', 'vnpay', 'momo', 'payos'), hostileText),
    contact: fc.record({ name: hostileText, phone: hostileText, email: hostileText }),
    shippingAddress: fc.record({ provinceCode: hostileText, wardCode: hostileText, street: hostileText }),
    paramsToSign: fc.dictionary(hostileText, fc.oneof(hostileText, hostileNumber)),
    data: fc.jsonValue({ maxDepth: 3 }),
    signature: hostileText,
  }),
  fc.nat({ max: 1000 }).map((depth) => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`) as unknown),
);
const rawBody = fc.oneof(
  hostileJson.map((v) => JSON.stringify(v) ?? ''),
  hostileText,
  fc.nat({ max: 20_000 }).map((depth) => `{"data":${'['.repeat(depth)}${']'.repeat(depth)}}`),
  fc.constant('x'.repeat(70 * 1024)),
);
const headers = fc.record(
  {
    'x-cart-id': hostileText,
    'idempotency-key': hostileText,
    authorization: fc.oneof(
      hostileText,
      hostileText.map((t) => `Bearer ${t}`),
    ),
    'content-type': fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', ''),
    'x-forwarded-for': hostileText,
  },
  { requiredKeys: [] },
);
const query = fc.dictionary(
  fc.oneof(
    fc.constantFrom('q', 'limit', 'page', 'sort', 'token', 'province', 'category', 'brand', 'vnp_SecureHash'),
    hostileText,
  ),
  hostileText,
  { maxKeys: 4 },
);

/** Strings a Headers object refuses (CR, LF, NUL, non-Latin-1) are left out: no HTTP client could send them. */
function sendableHeaders(h: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(h).filter(([, v]) => /^[\t\x20-\x7e\x80-\xff]*$/.test(v)));
}

/** A failure's counterexample, cut short: hostile bodies run to megabytes. */
function shortReport<T extends unknown[]>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  let example: string;
  try {
    example = JSON.stringify(details.counterexample, (_k, v) =>
      typeof v === 'string' && v.length > 120 ? `${v.slice(0, 120)}…(${v.length})` : v,
    );
  } catch {
    example = '(too deep to print)';
  }
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`after ${details.numRuns} runs: ${error.slice(0, 600)}\ncounterexample: ${example.slice(0, 800)}`);
}

describe.skipIf(!run)('fuzzing every route handler', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  let customerId = 0;

  beforeAll(async () => {
    database = await createTestDatabase('atl_fuzz', { seed: true });
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `atl-fuzz-${process.pid}-${Date.now()}:`,
      LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'silent',
      OUTBOX_WORKER: 'false',
      EXPIRY_WORKER: 'false',
      CRON_SECRET: 'fuzz-cron-secret-0123456789',
      VNPAY_TMN_CODE: 'FUZZTMN',
      VNPAY_HASH_SECRET: 'FUZZVNPAYSECRET0123456789',
      VNPAY_HOST: 'https://sandbox.vnpayment.vn',
      MOMO_PARTNER_CODE: 'FUZZMOMO',
      MOMO_ACCESS_KEY: 'fuzz-access',
      MOMO_SECRET_KEY: 'fuzz-momo-secret',
      MOMO_ENDPOINT: 'http://127.0.0.1:1',
      PAYOS_CLIENT_ID: 'fuzz-client',
      PAYOS_API_KEY: 'fuzz-api',
      PAYOS_CHECKSUM_KEY: 'fuzz-payos-checksum',
      PAYOS_BASE_URL: 'http://127.0.0.1:1',
      UPLOAD_DIR: path.join(import.meta.dirname, '../../.data/fuzz-uploads'),
    });
    conn = connectTestDatabase(database.url);
    const [row] = rowsOf(
      await conn.db.execute(
        sql`insert into users (email, name, role) values ('fuzz@example.vn', 'Fuzz', 'customer') returning id`,
      ),
    );
    customerId = Number(row?.id ?? 0);
  });
  afterAll(async () => {
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn?.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  /** Row counts and the newest change of the tables a request could write. */
  async function fingerprint(): Promise<string> {
    const result = await conn.db.execute(sql`
      select (select count(*) from orders) o, (select count(*) from order_items) oi, (select coalesce(sum(stock), 0) from variants) s,
             (select count(*) from users) u, (select max(updated_at) from users) uu, (select count(*) from addresses) a,
             (select count(*) from outbox) ob, (select count(*) from payments) pa,
             (select count(*) from webhook_events) pe, (select count(*) from audit_log) al,
             (select count(*) from products) p, (select max(updated_at) from products) pu`);
    return JSON.stringify(rowsOf(result)[0]);
  }

  const routes = findRoutes();

  it('finds the routes on disk', () => {
    expect(routes.length).toBeGreaterThan(20);
    expect(routes.map((r) => r.url)).toContain('/api/checkout');
  });

  for (const route of routes) {
    it(`${route.url}: no 5xx, and a refusal writes nothing`, async () => {
      const mod = (await import(route.file)) as Record<string, unknown>;
      const methods = METHODS.filter((m) => typeof mod[m] === 'function');
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...methods),
          fc.array(hostileText, { minLength: route.params.length, maxLength: route.params.length }),
          query,
          headers,
          rawBody,
          fc.boolean(),
          async (method, paramValues, q, h, body, signedIn) => {
            session.user = signedIn
              ? { id: customerId, email: 'fuzz@example.vn', name: 'Fuzz', role: 'customer', emailVerified: true }
              : null;
            const params = Object.fromEntries(route.params.map((name, i) => [name, paramValues[i] ?? '']));
            let pathname = route.url;
            for (const [name, value] of Object.entries(params)) {
              pathname = pathname.replace(/\[(?:\.\.\.)?[^\]]+\]/, encodeURIComponent(value));
              params[name] = value;
            }
            const url = new URL(`http://localhost${pathname}`);
            for (const [k, v] of Object.entries(q)) url.searchParams.append(k, v);
            const req = new NextRequest(url, {
              method,
              headers: sendableHeaders({ ...h, [peerAddressHeader()]: '198.51.100.7' }),
              ...(method === 'GET' || method === 'DELETE' ? {} : { body }),
            });
            const before = await fingerprint();
            const handler = mod[method] as (r: NextRequest, c: unknown) => Promise<Response>;
            const res = await handler(req, {
              params: Promise.resolve(
                route.url.includes('[...')
                  ? Object.fromEntries(Object.entries(params).map(([k, v]) => [k, [v]]))
                  : params,
              ),
            });
            expect(res.status, `${method} ${url.pathname}${url.search}`).toBeLessThan(500);
            if (res.status >= 400) expect(await fingerprint()).toBe(before);
          },
        ),
        { numRuns: 40, seed: 20261203, reporter: shortReport },
      );
    });
  }
});
