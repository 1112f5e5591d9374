import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type CookieJar, createAccount, signInOverHttp } from '../support/accounts';
import type { CaughtMail } from '../support/smtp-sink';
import { connectTestDatabase } from '../support/test-database';

// The mobile app over HTTP against `next start`, as the app would: sign up, verify the e-mail with the token
// from the mail that arrives, sign in, add to the account's cart (the device's guest cart joins it), place a
// COD order filed under the account with its saved default address, list and open orders, refresh, and be
// thrown out when a spent refresh token comes back; logout. Then the revocation model shared with the web:
// a session cookie copied before "sign out everywhere", a password change or a reset stops working, for an
// admin too. Rate limits and errors answer as on the web.

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
const databaseUrl = inject('databaseUrl');

let ipSeq = 0;
const freshIp = () => `100.${64 + (process.pid % 50)}.${Math.floor(ipSeq / 250) % 250}.${ipSeq++ % 250}`;

type Json = Record<string, unknown> & { error?: { code: string; message: string } };

/** One device: its address, its tokens, its guest cart id. */
function device(name = 'Pixel 8') {
  const ip = freshIp();
  const state = { accessToken: '', refreshToken: '', cartId: '' };
  async function call(
    method: string,
    path: string,
    body?: unknown,
    opts: { auth?: boolean; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = {
      'x-forwarded-for': ip,
      'user-agent': `AudioTaiLoc/1.0 (${name})`,
      ...opts.headers,
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if ((opts.auth ?? true) && state.accessToken) headers.authorization = `Bearer ${state.accessToken}`;
    if (state.cartId) headers['x-cart-id'] = state.cartId;
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: 'manual',
    });
    const text = await res.text();
    const json = (text ? JSON.parse(text) : {}) as Json;
    if (typeof json.cartId === 'string') state.cartId = json.cartId;
    if (typeof json.accessToken === 'string') state.accessToken = json.accessToken;
    if (typeof json.refreshToken === 'string') state.refreshToken = json.refreshToken;
    return { res, json };
  }
  return { call, state, ip };
}

async function tokenFromMail(to: string, path: string, count = 1): Promise<string> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const mails = (await (await fetch(mailboxUrl ?? '')).json()) as CaughtMail[];
    // The count-th e-mail to that address carrying that link (others, such as "you already have an account",
    // may arrive in between: the queue sends in parallel).
    const pattern = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`);
    const tokens = mails
      .filter((m) => m.to.includes(to))
      .map((m) => pattern.exec(m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='))?.[1])
      .filter((t): t is string => Boolean(t));
    const token = tokens[count - 1];
    if (token) return token;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no e-mail with ${path} for ${to}`);
}

async function inStockVariant(): Promise<{ id: number; price: number }> {
  const list = (await (await fetch(`${baseUrl}/api/products?inStock=1&limit=60&sort=price-asc`)).json()) as {
    items: { slug: string }[];
  };
  for (const item of list.items) {
    const p = (await (await fetch(`${baseUrl}/api/products/${item.slug}`)).json()) as {
      variants: { id: number; stock: number; price: number }[];
    };
    const v = p.variants.find((x) => x.stock >= 5);
    if (v) return v;
  }
  throw new Error('no variant in stock');
}

const address = {
  name: 'Phạm Minh Tuấn',
  phone: '0903123456',
  shippingAddress: { provinceCode: '01', wardCode: '00004', street: '8 Lý Thái Tổ' },
  isDefault: true,
};

describe.skipIf(!baseUrl || !mailboxUrl || !databaseUrl)('the mobile app over HTTP', () => {
  it('signs up, verifies, signs in, shops with COD, lists orders, refreshes, catches reuse and logs out', async () => {
    const app = device();
    const email = `app-${Date.now().toString(36)}-${process.pid}@example.vn`;
    const password = 'mat-khau-ung-dung-2026';

    // Shopping as a guest first: this device's cart should join the account at sign-in.
    const variant = await inStockVariant();
    const guestAdd = await app.call('POST', '/api/cart/items', { variantId: variant.id, quantity: 1 });
    expect(guestAdd.res.status).toBe(201);
    const guestCartId = app.state.cartId;

    const short = await app.call('POST', '/api/auth/sign-up', {
      name: 'Tuấn',
      email,
      password: 'ngan',
      confirmPassword: 'ngan',
    });
    expect(short.res.status).toBe(400);
    expect(short.json.error?.code).toBe('invalid_request');
    expect(JSON.stringify(short.json)).toContain('Mật khẩu cần ít nhất 8 ký tự.');
    const signUp = await app.call('POST', '/api/auth/sign-up', {
      name: 'Phạm Minh Tuấn',
      email,
      password,
      confirmPassword: password,
    });
    expect(signUp.res.status).toBe(201);
    const again = await app.call('POST', '/api/auth/sign-up', {
      name: 'X',
      email,
      password,
      confirmPassword: password,
    });
    // The same answer as for a new address (the owner is e-mailed instead): sign-up does not reveal who has an account.
    expect(again.res.status).toBe(201);
    expect(again.json).toEqual(signUp.json);

    const verifyToken = await tokenFromMail(email, '/xac-minh-email');
    expect((await app.call('POST', '/api/auth/verify-email', { token: verifyToken })).res.status).toBe(200);
    const spent = await app.call('POST', '/api/auth/verify-email', { token: verifyToken });
    expect([spent.res.status, spent.json.error?.code]).toEqual([400, 'invalid_token']);

    const wrong = await app.call('POST', '/api/auth/token', { email, password: 'sai-mat-khau-roi' });
    expect([wrong.res.status, wrong.json.error?.code]).toEqual([401, 'invalid_credentials']);
    expect(wrong.json.error?.message).toBe('Email hoặc mật khẩu không đúng.');

    const signIn = await app.call('POST', '/api/auth/token', { email, password, deviceName: 'Pixel 8 của Tuấn' });
    expect(signIn.res.status).toBe(200);
    expect(signIn.json).toMatchObject({ expiresIn: 900, tokenType: 'Bearer', user: { email, emailVerified: true } });
    // The guest cart is now the account's.
    expect(app.state.cartId).toBe(guestCartId);

    // Bearer cart: the account's; a second add from the app lands in it.
    const cart = await app.call('POST', '/api/cart/items', { variantId: variant.id, quantity: 1 });
    expect(cart.res.status).toBe(200);
    expect(cart.res.headers.getSetCookie()).toEqual([]);
    expect((cart.json.cart as { lines: { variantId: number; quantity: number }[] }).lines).toEqual([
      expect.objectContaining({ variantId: variant.id, quantity: 2 }),
    ]);

    // A saved default address is offered at checkout.
    expect((await app.call('POST', '/api/me/addresses', address)).res.status).toBe(201);
    const me = await app.call('GET', '/api/me');
    expect(me.res.status).toBe(200);
    const defaults = me.json.checkoutDefaults as {
      contact: Record<string, string>;
      shippingAddress: Record<string, string>;
    };
    expect(defaults).toEqual({
      contact: { name: address.name, phone: address.phone, email },
      shippingAddress: address.shippingAddress,
    });

    const order = await app.call(
      'POST',
      '/api/checkout',
      { contact: defaults.contact, shippingAddress: defaults.shippingAddress, paymentMethod: 'cod' },
      { headers: { 'idempotency-key': `app-${randomUUID()}` } },
    );
    expect(order.res.status).toBe(201);
    const number = (order.json.order as { number: string }).number;

    const list = await app.call('GET', '/api/me/orders');
    expect(list.res.status).toBe(200);
    expect((list.json.items as { number: string }[]).map((o) => o.number)).toEqual([number]);
    const detail = await app.call('GET', `/api/me/orders/${number}`);
    expect(detail.res.status).toBe(200);
    expect(detail.json).toMatchObject({ number, paymentMethod: 'cod', contact: { email } });
    // The account's cart was emptied by the order; "mua lại" fills it again.
    const reorder = await app.call('POST', `/api/me/orders/${number}/reorder`);
    expect(reorder.res.status).toBe(200);
    expect(reorder.json.reorder).toMatchObject({ addedUnits: 2 });

    // Refresh rotates; the spent token coming back ends the session.
    const firstRefresh = app.state.refreshToken;
    const refreshed = await app.call('POST', '/api/auth/refresh', { refreshToken: firstRefresh }, { auth: false });
    expect(refreshed.res.status).toBe(200);
    expect(app.state.refreshToken).not.toBe(firstRefresh);
    expect((await app.call('GET', '/api/me')).res.status).toBe(200);
    const reused = await app.call('POST', '/api/auth/refresh', { refreshToken: firstRefresh }, { auth: false });
    expect([reused.res.status, reused.json.error?.code]).toEqual([401, 'refresh_token_reused']);
    const afterReuse = await app.call('GET', '/api/me');
    expect([afterReuse.res.status, afterReuse.json.error?.code]).toEqual([401, 'invalid_token']);

    // Sign in again and log out.
    expect((await app.call('POST', '/api/auth/token', { email, password })).res.status).toBe(200);
    const sessions = await app.call('GET', '/api/auth/sessions');
    expect((sessions.json.items as { current: boolean }[]).filter((s) => s.current)).toHaveLength(1);
    expect((await app.call('POST', '/api/auth/logout', { refreshToken: app.state.refreshToken })).res.status).toBe(204);
    expect((await app.call('GET', '/api/me')).res.status).toBe(401);
    expect((await app.call('POST', '/api/auth/refresh', { refreshToken: app.state.refreshToken })).res.status).toBe(
      401,
    );
  });

  it('limits sign-in attempts as the web does, and answers bad input with 4xx', async () => {
    const app = device();
    const email = `limit-${randomUUID()}@example.vn`;
    let last = await app.call('POST', '/api/auth/token', { email, password: 'sai-0' });
    for (let i = 1; i < 9; i++) last = await app.call('POST', '/api/auth/token', { email, password: `sai-${i}` });
    expect(last.res.status).toBe(429);
    expect(Number(last.res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.json.error?.message).toMatch(/quá nhiều lần/);

    const raw = await fetch(`${baseUrl}/api/auth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': freshIp() },
      body: '{"email":',
    });
    expect([raw.status, ((await raw.json()) as Json).error?.code]).toEqual([400, 'invalid_json']);
    for (const [path, body] of [
      ['/api/auth/refresh', { refreshToken: 42 }],
      ['/api/auth/google', { idToken: '' }],
      ['/api/auth/reset-password', { token: 'x', password: 'a' }],
    ] as const) {
      const res = await app.call('POST', path, body);
      expect(res.res.status, path).toBe(400);
    }
    // Next serves our routes next to Auth.js's catch-all: its own endpoints still answer.
    const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
    expect(csrf.status).toBe(200);
    expect(await csrf.json()).toHaveProperty('csrfToken');
  });

  describe('one revocation model: copied web cookies stop working', () => {
    let conn: ReturnType<typeof connectTestDatabase>;
    beforeAll(() => {
      conn = connectTestDatabase(databaseUrl ?? '');
    });
    afterAll(() => conn?.close());

    async function webAndApp(role: 'customer' | 'admin') {
      const account = await createAccount(conn.db, role, `revoke-${role}`);
      const jar = await signInOverHttp(baseUrl ?? '', account);
      const app = device();
      expect(
        (await app.call('POST', '/api/auth/token', { email: account.email, password: account.password })).res.status,
      ).toBe(200);
      return { account, jar, app };
    }
    /** The account page renders for a live session and redirects to sign-in for a dead one; admins also hit an admin API. */
    async function cookieWorks(jar: CookieJar, role: 'customer' | 'admin'): Promise<boolean> {
      const page = await fetch(`${baseUrl}/account`, { headers: { cookie: jar.header() }, redirect: 'manual' });
      if (role === 'admin') {
        const api = await fetch(`${baseUrl}/api/admin/orders/export`, { headers: { cookie: jar.header() } });
        expect(page.status === 200).toBe(api.status === 200);
        if (api.status !== 200) expect(api.status).toBe(401);
      }
      if (page.status !== 200) expect(page.headers.get('location')).toMatch(/\/dang-nhap/);
      return page.status === 200;
    }

    it('after "sign out everywhere"', async () => {
      for (const role of ['customer', 'admin'] as const) {
        const { jar, app } = await webAndApp(role);
        expect(await cookieWorks(jar, role)).toBe(true);
        expect((await app.call('POST', '/api/auth/logout', { everywhere: true })).res.status).toBe(204);
        expect(await cookieWorks(jar, role)).toBe(false);
        expect((await app.call('GET', '/api/me')).res.status).toBe(401);
      }
    });

    it('after a password change', async () => {
      for (const role of ['customer', 'admin'] as const) {
        const { account, jar, app } = await webAndApp(role);
        const other = device('old phone');
        expect((await other.call('POST', '/api/auth/token', account)).res.status).toBe(200);
        const changed = await app.call('POST', '/api/me/password', {
          currentPassword: account.password,
          newPassword: 'mat-khau-moi-rat-dai',
          confirmPassword: 'mat-khau-moi-rat-dai',
        });
        expect(changed.res.status).toBe(200);
        expect(await cookieWorks(jar, role)).toBe(false);
        expect((await other.call('GET', '/api/me')).res.status).toBe(401);
        expect(
          (await other.call('POST', '/api/auth/refresh', { refreshToken: other.state.refreshToken })).res.status,
        ).toBe(401);
        // The device that changed it carries on with its new tokens.
        expect((await app.call('GET', '/api/me')).res.status).toBe(200);
      }
    });

    it('after a password reset', async () => {
      for (const role of ['customer', 'admin'] as const) {
        const { account, jar, app } = await webAndApp(role);
        expect((await app.call('POST', '/api/auth/forgot-password', { email: account.email })).res.status).toBe(202);
        const token = await tokenFromMail(account.email, '/dat-lai-mat-khau');
        const reset = await device().call('POST', '/api/auth/reset-password', {
          token,
          password: 'mat-khau-dat-lai-2026',
          confirmPassword: 'mat-khau-dat-lai-2026',
        });
        expect(reset.res.status).toBe(200);
        expect(await cookieWorks(jar, role)).toBe(false);
        expect((await app.call('GET', '/api/me')).res.status).toBe(401);
        // The new password signs in on the web again.
        const fresh = await signInOverHttp(baseUrl ?? '', { email: account.email, password: 'mat-khau-dat-lai-2026' });
        expect(await cookieWorks(fresh, role)).toBe(true);
      }
    });
  });
});
