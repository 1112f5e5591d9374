import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { peerAddressHeader } from '@/lib/http/proxy-trust';
import { PG_ADMIN_URL, reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// Property-based fuzzing of every server action (each export of every 'use server' file under app/, found on
// disk), in-process on a database of its own and the real Redis, called as a browser would call it (a FormData of
// hostile fields, or hostile arguments) by an anonymous visitor, a customer and an admin. An action either
// returns a state or ends in Next's own redirect / not-found / forbidden: it never throws anything else (that
// would be a 500 page), and when it answers with an error nothing in the database has changed.

/** Rows of a raw query (the Db type is the union of both drivers: its execute() result is read through zod). */
const rowsOf = (result: unknown) => z.object({ rows: z.array(z.record(z.string(), z.unknown())) }).parse(result).rows;

const run = requireOrSkip(
  (await reachable(PG_ADMIN_URL)) && (await reachable(TEST_REDIS_URL)),
  'PostgreSQL and Redis for the action fuzzing',
);

type StubUser = { id: number; email: string; name: string; role: 'customer' | 'admin'; emailVerified: boolean };
const session = vi.hoisted(() => ({ user: null as StubUser | null }));
vi.mock('@/lib/auth/session', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/auth/session')>()),
  getCurrentUser: async () => session.user,
}));
vi.mock('next/cache', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/cache')>()),
  unstable_cache:
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    (...args: A) =>
      fn(...args),
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [peerAddressHeader()]: '198.51.100.9', host: 'shop.test' }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => {}, delete: () => {} }),
}));

const APP_DIR = path.join(import.meta.dirname, '../../app');

function findActionFiles(dir = APP_DIR): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) found.push(...findActionFiles(full));
    else if (/\.tsx?$/.test(entry) && /^['"]use server['"]/.test(readFileSync(full, 'utf8').trimStart())) {
      found.push(full);
    }
  }
  return found;
}

const hostileText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    '\u0000',
    'a\u0000b',
    '%00',
    '2147483648',
    '-1',
    '1e309',
    'NaN',
    'ATL-000001',
    '0912345678',
    'an@example.vn',
    'mat-khau-dai-du-8',
    '01',
    '00004',
    'cod',
    'vnpay',
    "' OR 1=1 --",
    '<img src=x onerror=alert(1)>',
    'x'.repeat(3000),
  ),
);
const FIELDS = [
  'name',
  'email',
  'phone',
  'password',
  'confirmPassword',
  'currentPassword',
  'newPassword',
  'token',
  'number',
  'street',
  'provinceCode',
  'wardCode',
  'note',
  'id',
  'productId',
  'variantId',
  'imageId',
  'quantity',
  'status',
  'expectedStatus',
  'action',
  'reason',
  'amount',
  'slug',
  'price',
  'stock',
  'sku',
  'role',
  'disabled',
  'paymentMethod',
  'idempotencyKey',
  'callbackUrl',
  'contact.name',
  'contact.phone',
  'contact.email',
  'shippingAddress.street',
  'shippingAddress.provinceCode',
  'shippingAddress.wardCode',
  'variants.0.price',
  'variants.0.sku',
  'specs.0.value',
  '__proto__.polluted',
  'constructor.prototype.polluted',
  'delta',
  'kind',
  'count',
  'gateway',
  'outcome',
  'order',
];
const formData = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), hostileText), hostileText), { maxLength: 12 })
  .map((entries) => {
    const form = new FormData();
    for (const [k, v] of entries) form.append(k, v);
    return form;
  });
const hostileArg = fc.oneof(
  fc.integer(),
  fc.constantFrom(2 ** 31, 2 ** 53, -1, 0, Number.NaN, Number.POSITIVE_INFINITY),
  fc.double(),
  hostileText,
);

/** Next's control flow: redirect(), notFound(), forbidden() and unauthorized() throw errors with these digests. */
function isNextControlFlow(err: unknown): boolean {
  const digest = (err as { digest?: unknown })?.digest;
  return typeof digest === 'string' && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK|NEXT_NOT_FOUND)/.test(digest);
}

function refused(result: unknown): boolean {
  const r = result as { status?: unknown; ok?: unknown } | undefined;
  return r?.status === 'error' || r?.ok === false;
}

function shortReport<T extends unknown[]>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  let example: string;
  try {
    example = JSON.stringify(details.counterexample, (_k, v) =>
      v instanceof FormData
        ? [...v.entries()].map(([k, x]) => [k, String(x).slice(0, 60)])
        : typeof v === 'string' && v.length > 80
          ? `${v.slice(0, 80)}…`
          : v,
    );
  } catch {
    example = '(unprintable)';
  }
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(`after ${details.numRuns} runs: ${error.slice(0, 600)}\ncounterexample: ${example.slice(0, 800)}`);
}

describe.skipIf(!run)('fuzzing every server action', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  const users: Record<'customer' | 'admin', StubUser | null> = { customer: null, admin: null };

  beforeAll(async () => {
    database = await createTestDatabase('atl_fuzz_actions', { seed: true });
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `atl-fuzz-actions-${process.pid}-${Date.now()}:`,
      LOG_LEVEL: process.env.FUZZ_LOG_LEVEL ?? 'silent',
      OUTBOX_WORKER: 'false',
      EXPIRY_WORKER: 'false',
      PAYMENT_SANDBOX: 'true',
      PASSWORD_HASH_MEMORY_KIB: '8192',
      PASSWORD_HASH_PASSES: '1',
    });
    conn = connectTestDatabase(database.url);
    for (const role of ['customer', 'admin'] as const) {
      const email = `fuzz-${role}@example.vn`;
      const [row] = rowsOf(
        await conn.db.execute(
          sql`insert into users (email, name, role, email_verified_at) values (${email}, 'Fuzz', ${role}, now()) returning id`,
        ),
      );
      users[role] = { id: Number(row?.id ?? 0), email, name: 'Fuzz', role, emailVerified: true };
    }
  });
  afterAll(async () => {
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn?.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  async function fingerprint(): Promise<string> {
    const rows = rowsOf(
      await conn.db.execute(sql`
      select (select count(*) from orders) o, (select count(*) from order_items) oi,
             (select coalesce(sum(stock), 0) from variants) s, (select count(*) from variants) v,
             (select count(*) from users) u, (select max(updated_at) from users) uu, (select count(*) from addresses) a,
             (select count(*) from outbox) ob, (select count(*) from payments) pa, (select count(*) from audit_log) al,
             (select count(*) from products) p, (select max(updated_at) from products) pu,
             (select count(*) from brands) b, (select count(*) from categories) c, (select count(*) from refunds) r`),
    );
    return JSON.stringify(rows[0]);
  }

  const files = findActionFiles();

  it('finds the action files on disk', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  for (const file of files) {
    it(`${path.relative(APP_DIR, file)}: nothing but a state or Next's redirects, and a refusal writes nothing`, async () => {
      const mod = (await import(file)) as Record<string, unknown>;
      const actions = Object.entries(mod).filter(([, v]) => typeof v === 'function') as [
        string,
        (...args: unknown[]) => Promise<unknown>,
      ][];
      expect(actions.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...actions),
          fc.constantFrom<'anonymous' | 'customer' | 'admin'>('anonymous', 'customer', 'admin'),
          formData,
          fc.array(hostileArg, { maxLength: 2 }),
          async ([name, action], who, form, args) => {
            session.user = who === 'anonymous' ? null : users[who];
            const callArgs =
              action.length >= 2
                ? [{ status: 'idle' }, form]
                : action.length === 1 && name.toLowerCase().includes('google')
                  ? [form]
                  : args;
            const before = await fingerprint();
            let result: unknown;
            try {
              result = await action(...callArgs);
            } catch (err) {
              if (isNextControlFlow(err)) return;
              throw new Error(`${name} threw: ${err instanceof Error ? err.message : String(err)}`);
            }
            if (refused(result)) expect(await fingerprint(), `${name} refused but wrote`).toBe(before);
          },
        ),
        { numRuns: 60, seed: 20261203, reporter: shortReport },
      );
    });
  }
});
