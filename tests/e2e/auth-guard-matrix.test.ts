import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { brands, categories, products, variants } from '@/db/schema';
import { ADMIN_SECTIONS } from '@/lib/admin/nav';
import { can, type Permission } from '@/lib/auth/roles';
import { placeOrder } from '@/lib/checkout/place-order';
import { type CookieJar, createAccount, signInOverHttp, type TestAccount } from '../support/accounts';
import { checkoutRequest, createProduct, testKey } from '../support/factories';
import { connectTestDatabase } from '../support/test-database';

// Who may reach what. Every page under app/admin and app/(shop)/account, every route under app/api/admin,
// and every server action in a 'use server' file under app/admin is found on disk (and in the build's
// server-action manifest), so a new one is covered the day it is added. Each is called as: no cookie,
// a forged session cookie (which gets past proxy.ts: the page itself must refuse), a customer, staff
// and an admin, against `next start`.

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const ROOT = process.cwd();

type Caller = 'anonymous' | 'forged' | 'customer' | 'staff' | 'admin';
type Role = 'customer' | 'staff' | 'admin';

function filesNamed(dir: string, name: RegExp): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d)) {
      const full = path.join(d, entry);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.test(entry)) out.push(path.relative(ROOT, full));
    }
  };
  if (existsSync(path.join(ROOT, dir))) walk(path.join(ROOT, dir));
  return out.sort();
}

/** app/(shop)/account/orders/[number]/page.tsx -> /account/orders/[number] */
function routeOf(file: string): string {
  const segments = file
    .replace(/\\/g, '/')
    .split('/')
    .slice(1, -1)
    .filter((s) => !/^\(.*\)$/.test(s));
  return `/${segments.join('/')}`;
}

/** The permission a path needs: the longest /admin section it falls under (API routes map onto their section). */
function permissionFor(route: string): Permission {
  const asAdmin = route.replace(/^\/api\/admin/, '/admin');
  let best: { href: string; permission: Permission } | undefined;
  for (const s of ADMIN_SECTIONS) {
    if ((asAdmin === s.href || asAdmin.startsWith(`${s.href}/`)) && (!best || s.href.length > best.href.length))
      best = s;
  }
  return best?.permission ?? 'admin:access';
}

const pageFiles = [...filesNamed('app/admin', /^page\.tsx$/), ...filesNamed('app/(shop)/account', /^page\.tsx$/)];
const routeFiles = filesNamed('app/api/admin', /^route\.ts$/);
const actionFiles = filesNamed('app/admin', /\.tsx?$/).filter((f) =>
  /^\s*['"]use server['"]/.test(readFileSync(f, 'utf8')),
);

function methodsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = new Set<string>();
  for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(GET|POST|PUT|PATCH|DELETE)\b/g))
    found.add(m[1] ?? '');
  for (const m of text.matchAll(/export\s+const\s*\{([^}]*)\}/g)) {
    for (const name of (m[1] ?? '').split(',').map((s) => s.trim().split(/\s|:/)[0] ?? '')) {
      if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(name)) found.add(name);
    }
  }
  return [...found];
}

function exportedActions(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/export\s+(?:const|async\s+function)\s+([A-Za-z0-9_]+)/g)].map((m) => m[1] ?? '');
}

describe.skipIf(!baseUrl || !databaseUrl)('route guards: anonymous, customer, staff, admin', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  const jars: Partial<Record<Role, CookieJar>> = {};
  const accounts: Partial<Record<Role, TestAccount>> = {};
  let segmentValues: Record<string, string> = {};

  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    for (const role of ['customer', 'staff', 'admin'] as const) {
      accounts[role] = await createAccount(conn.db, role, `matrix-${role}`);
      jars[role] = await signInOverHttp(baseUrl ?? '', accounts[role]);
    }
    const { variants: made } = await createProduct(conn.db, { variants: [{ price: 250_000, stock: 5 }] });
    const placed = await placeOrder(conn.db, {
      lines: [{ variantId: made[0]?.id ?? 0, quantity: 1 }],
      request: checkoutRequest(),
      idempotencyKey: testKey(),
      shipping: { flatFee: 30_000, freeFrom: 1_000_000 },
      paymentWindowMinutes: 15,
    });
    if (!placed.ok) throw new Error('could not place the test order');
    const [product] = await conn.db.select({ id: products.id }).from(products).orderBy(asc(products.id)).limit(1);
    const [category] = await conn.db.select({ id: categories.id }).from(categories).limit(1);
    const [brand] = await conn.db.select({ id: brands.id }).from(brands).limit(1);
    const [variant] = await conn.db
      .select({ id: variants.id })
      .from(variants)
      .where(eq(variants.id, made[0]?.id ?? 0));
    // A value for each dynamic segment, by the section it sits in. A new dynamic route needs a line here.
    segmentValues = {
      'products/[id]': String(product?.id),
      'categories/[id]': String(category?.id),
      'brands/[id]': String(brand?.id),
      'stock/[id]': String(variant?.id),
      'customers/[id]': String(accounts.customer?.id),
      'staff/[id]': String(accounts.staff?.id),
      'orders/[number]': placed.order.number,
      'policies/[slug]': 'dieu-khoan-su-dung',
      // /account/addresses/[id]: somebody's address id, which is a 404 for everyone else.
      'addresses/[id]': '1',
    };
  });
  afterAll(async () => {
    await conn?.close();
  });

  function concrete(route: string): string {
    return route.replace(/([a-z0-9-]+)\/(\[[^\]]+\])/g, (whole, parent: string, segment: string) => {
      const value = segmentValues[`${parent}/${segment}`];
      if (!value) throw new Error(`no test value for ${whole} in ${route}: add one to segmentValues`);
      return `${parent}/${value}`;
    });
  }

  function cookieFor(caller: Caller): string | undefined {
    if (caller === 'anonymous') return undefined;
    if (caller === 'forged') return 'authjs.session-token=forged-not-a-real-session';
    return jars[caller]?.header();
  }

  const request = (url: string, caller: Caller, init: RequestInit = {}) => {
    const cookie = cookieFor(caller);
    return fetch(`${baseUrl}${url}`, {
      redirect: 'manual',
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
  };

  it('finds the routes to check', () => {
    expect(pageFiles.length).toBeGreaterThanOrEqual(3);
    expect(pageFiles).toContain('app/admin/page.tsx');
    expect(routeFiles.length).toBeGreaterThanOrEqual(3);
    expect(actionFiles.length).toBeGreaterThanOrEqual(4);
  });

  it('pages: anonymous and forged sessions go to sign-in, customers get 403 in /admin, roles get what they may', async () => {
    const failures: string[] = [];
    for (const file of pageFiles) {
      const route = routeOf(file);
      const isAdmin = route.startsWith('/admin');
      const url = concrete(route);
      for (const caller of ['anonymous', 'forged', 'customer', 'staff', 'admin'] as const) {
        const res = await request(url, caller);
        const location = res.headers.get('location') ?? '';
        let ok: boolean;
        if (caller === 'anonymous' || caller === 'forged') {
          ok = [303, 307, 308].includes(res.status) && location.includes('/dang-nhap');
        } else if (!isAdmin) {
          // The account area is anybody's who is signed in; an order that is not theirs is a 404.
          ok = res.status === 200 || (route.includes('[') && res.status === 404);
        } else {
          ok = res.status === (can(caller, permissionFor(route)) ? 200 : 403);
        }
        if (!ok) failures.push(`${caller} GET ${url} -> ${res.status} ${location}`);
        await res.body?.cancel();
      }
    }
    expect(failures).toEqual([]);
  });

  it('admin API routes: 401 without a session, 403 for customers, served to the roles allowed', async () => {
    const failures: string[] = [];
    for (const file of routeFiles) {
      const route = routeOf(file);
      const url = concrete(route);
      for (const method of methodsOf(file)) {
        for (const caller of ['anonymous', 'forged', 'customer', 'staff', 'admin'] as const) {
          const res = await request(url, caller, {
            method,
            ...(method === 'GET' ? {} : { body: '{}', headers: { 'content-type': 'application/json' } }),
          });
          let ok: boolean;
          if (caller === 'anonymous' || caller === 'forged') ok = res.status === 401;
          else if (caller === 'customer' || !can(caller, permissionFor(route))) ok = res.status === 403;
          else ok = res.status < 500 && res.status !== 401 && res.status !== 403;
          if (!ok) failures.push(`${caller} ${method} ${url} -> ${res.status}`);
          await res.body?.cancel();
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('admin server actions check the caller before they read their input', async () => {
    const manifest = JSON.parse(
      readFileSync(path.join(ROOT, '.next/server/server-reference-manifest.json'), 'utf8'),
    ) as {
      node: Record<string, { workers: Record<string, unknown>; filename?: string; exportedName?: string }>;
    };
    const admin = Object.entries(manifest.node).filter(([, a]) => a.filename?.startsWith('app/admin/'));
    // Every exported action of every 'use server' file under app/admin is in the build, so none is unchecked.
    expect(admin.length).toBeGreaterThanOrEqual(10);
    const built = new Set(admin.map(([, a]) => `${a.filename}#${a.exportedName}`));
    const declared = actionFiles.flatMap((f) => exportedActions(f).map((name) => `${f.replace(/\\/g, '/')}#${name}`));
    expect(declared.filter((d) => !built.has(d))).toEqual([]);

    const failures: string[] = [];
    for (const [id, action] of admin) {
      const worker = Object.keys(action.workers).find((w) => w.startsWith('app/admin')) ?? 'app/admin/page';
      const url = concrete(routeOf(`${worker}.tsx`));
      const permission = permissionFor(routeOf(action.filename ?? ''));
      for (const caller of ['forged', 'customer', 'staff', 'admin'] as const) {
        const res = await request(url, caller, {
          method: 'POST',
          headers: { 'next-action': id, 'content-type': 'text/plain;charset=UTF-8', accept: 'text/x-component' },
          body: '[]',
        });
        const body = await res.text();
        const expected =
          caller === 'forged'
            ? 'unauthorized'
            : caller === 'customer' || !can(caller, permission)
              ? 'forbidden'
              : 'invalid';
        if (!body.includes(`"code":"${expected}"`)) {
          failures.push(`${caller} ${action.filename}#${action.exportedName} -> ${res.status} ${body.slice(0, 160)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });
});
