import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type net from 'node:net';
import { eq } from 'drizzle-orm';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { appSessions, auditLog, refreshTokens, users } from '@/db/schema';
import { createTestUser } from '../support/account-factories';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase } from '../support/test-database';

// The mobile app's sessions and the one revocation model they share with the web, in-process against real
// PostgreSQL and Redis: the route handlers are the real ones; only next-auth's cookie reading is replaced
// by a session that carries what a cookie carries (user id and session version), so the web guard
// (getCurrentUser) is checked against the same database moves. Google's keys are a key set of our own,
// served over HTTP like Google's.

const databaseUrl = inject('databaseUrl');
const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

const cookie = vi.hoisted(() => ({ session: null as { userId: number; sv: number } | null }));
vi.mock('@/lib/auth/auth', () => ({
  SIGN_IN_PATH: '/dang-nhap',
  auth: async () =>
    cookie.session
      ? { user: { id: String(cookie.session.userId), sv: cookie.session.sv, role: 'customer' }, expires: '' }
      : null,
}));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

const GOOGLE_CLIENT = 'mobile-client-id.apps.googleusercontent.com';
const PASSWORD = 'mat-khau-thu-nghiem';
const KEY_OLD = 'k2026a:old-signing-secret-0123456789abcdefghijklmnop';
const KEY_NEW = 'k2026b:new-signing-secret-0123456789abcdefghijklmnop';

let ipSeq = 0;
const nextIp = () => `198.51.${Math.floor(ipSeq / 250)}.${ipSeq++ % 250}`;

function req(
  path: string,
  init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { 'x-forwarded-for': nextIp(), ...init.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return new NextRequest(`http://localhost${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

type Tokens = { accessToken: string; refreshToken: string; expiresIn: number; user: { id: number } };

describe.skipIf(!databaseUrl || !redisUp)('app sessions, tokens and revocation', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let jwks: http.Server;
  let googleKey: CryptoKey;
  let routes: {
    token: typeof import('@/app/api/auth/token/route');
    refresh: typeof import('@/app/api/auth/refresh/route');
    logout: typeof import('@/app/api/auth/logout/route');
    sessions: typeof import('@/app/api/auth/sessions/route');
    session: typeof import('@/app/api/auth/sessions/[id]/route');
    google: typeof import('@/app/api/auth/google/route');
    me: typeof import('@/app/api/me/route');
  };

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    googleKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: 'google-test-key', alg: 'RS256', use: 'sig' };
    jwks = http.createServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [jwk] }));
    });
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as net.AddressInfo;
    Object.assign(process.env, {
      DATABASE_URL: databaseUrl ?? '',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `atl-test:app-sessions:${randomUUID().slice(0, 8)}:`,
      LOG_LEVEL: 'fatal',
      AUTH_JWT_KEYS: `${KEY_NEW},${KEY_OLD}`,
      AUTH_GOOGLE_MOBILE_CLIENT_IDS: GOOGLE_CLIENT,
      AUTH_GOOGLE_JWKS_URL: `http://127.0.0.1:${port}/oauth2/v3/certs`,
      PASSWORD_HASH_MEMORY_KIB: '8192',
      PASSWORD_HASH_PASSES: '1',
    });
    conn = connectTestDatabase(databaseUrl ?? '');
    routes = {
      token: await import('@/app/api/auth/token/route'),
      refresh: await import('@/app/api/auth/refresh/route'),
      logout: await import('@/app/api/auth/logout/route'),
      sessions: await import('@/app/api/auth/sessions/route'),
      session: await import('@/app/api/auth/sessions/[id]/route'),
      google: await import('@/app/api/auth/google/route'),
      me: await import('@/app/api/me/route'),
    };
  });
  afterAll(async () => {
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn?.close();
    await new Promise((r) => jwks?.close(r));
  });

  async function signIn(email: string, password = PASSWORD, deviceName = 'Pixel 8'): Promise<Tokens> {
    const res = await routes.token.POST(req('/api/auth/token', { body: { email, password, deviceName } }), {});
    expect(res.status).toBe(200);
    return (await res.json()) as Tokens;
  }
  const me = (token: string) => routes.me.GET(req('/api/me', { token }), {});
  const refresh = (refreshToken: string) =>
    routes.refresh.POST(req('/api/auth/refresh', { body: { refreshToken } }), {});

  it('signs in, rotates refresh tokens once each, and revokes the family when a spent one comes back', async () => {
    const user = await createTestUser(conn.db, { password: PASSWORD, verified: true });
    const first = await signIn(user.email);
    expect(first.expiresIn).toBe(900);
    const header = JSON.parse(Buffer.from(first.accessToken.split('.')[0] ?? '', 'base64url').toString());
    const claims = JSON.parse(Buffer.from(first.accessToken.split('.')[1] ?? '', 'base64url').toString());
    expect(header).toMatchObject({ alg: 'HS256', kid: 'k2026b' }); // the first listed key signs
    expect(claims).toMatchObject({ aud: 'mobile', sub: String(user.id) });
    expect(claims.exp - claims.iat).toBe(900);
    expect((await me(first.accessToken)).status).toBe(200);
    // Only the hash is stored.
    const stored = await conn.db
      .select({ hash: refreshTokens.tokenHash })
      .from(refreshTokens)
      .innerJoin(appSessions, eq(appSessions.id, refreshTokens.sessionId))
      .where(eq(appSessions.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(first.refreshToken);

    const r1 = await refresh(first.refreshToken);
    expect(r1.status).toBe(200);
    const second = (await r1.json()) as Tokens;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await me(second.accessToken)).status).toBe(200);

    // The spent token again: 401, and the whole family is over, its newest token and access token too.
    const reuse = await refresh(first.refreshToken);
    expect(reuse.status).toBe(401);
    expect(((await reuse.json()) as { error: { code: string } }).error.code).toBe('refresh_token_reused');
    expect((await refresh(second.refreshToken)).status).toBe(401);
    const refused = await me(second.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('invalid_token');
    const [session] = await conn.db.select().from(appSessions).where(eq(appSessions.userId, user.id));
    expect(session?.endReason).toBe('reuse');

    // Wrong password and unknown e-mail: one answer.
    const wrong = await routes.token.POST(req('/api/auth/token', { body: { email: user.email, password: 'sai' } }), {});
    const unknown = await routes.token.POST(
      req('/api/auth/token', { body: { email: `khong-co-${randomUUID()}@example.vn`, password: 'sai' } }),
      {},
    );
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
  });

  it('answers 401 to missing, malformed, forged and unknown-key tokens', async () => {
    const user = await createTestUser(conn.db, { password: PASSWORD });
    const good = await signIn(user.email);
    const [h, p] = good.accessToken.split('.');
    const forgedPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(p ?? '', 'base64url').toString()), sub: '1' }),
    ).toString('base64url');
    const unknownKid = await new SignJWT({ sid: 1, sv: 0 })
      .setProtectedHeader({ alg: 'HS256', kid: 'gone' })
      .setSubject(String(user.id))
      .setAudience('mobile')
      .setIssuer('http://localhost:3000')
      .setExpirationTime('5m')
      .sign(new TextEncoder().encode('new-signing-secret-0123456789abcdefghijklmnop'));
    const noAuth = await me('');
    expect(noAuth.status).toBe(401);
    expect(((await noAuth.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    for (const token of ['abc', `${h}.${forgedPayload}.${good.accessToken.split('.')[2]}`, unknownKid]) {
      expect((await me(token)).status).toBe(401);
    }
    const basic = await routes.me.GET(req('/api/me', { headers: { authorization: 'Basic YTpi' } }), {});
    expect(basic.status).toBe(401);
  });

  it('verifies tokens signed by any listed key and refuses a key once it is unlisted', async () => {
    const user = await createTestUser(conn.db, { password: PASSWORD });
    const { signJwt, verifyJwt, jwtKeys } = await import('@/lib/auth/jwt-keys');
    const { getEnv } = await import('@/lib/env');
    const listed = jwtKeys();
    const oldOnly = listed.filter((k) => k.kid === 'k2026a');
    const issuer = getEnv().SITE_URL;
    const signedByOld = await signJwt(
      { sid: 1, sv: 0 },
      { audience: 'mobile', issuer, ttlSeconds: 60, subject: String(user.id) },
      oldOnly,
    );
    expect(await verifyJwt(signedByOld, { audience: 'mobile', issuer }, listed)).toMatchObject({
      sub: String(user.id),
    });
    const newOnly = listed.filter((k) => k.kid === 'k2026b');
    expect(await verifyJwt(signedByOld, { audience: 'mobile', issuer }, newOnly)).toBeNull();
    expect(await verifyJwt(signedByOld, { audience: 'web', issuer }, listed)).toBeNull();
  });

  it('lists the devices and signs one out; another account cannot touch it', async () => {
    const user = await createTestUser(conn.db, { password: PASSWORD });
    const phone = await signIn(user.email, PASSWORD, 'iPhone 15');
    const tablet = await signIn(user.email, PASSWORD, 'iPad');
    const list = await routes.sessions.GET(req('/api/auth/sessions', { token: phone.accessToken }), {});
    const { items } = (await list.json()) as { items: { id: number; deviceName: string; current: boolean }[] };
    expect(items.map((i) => [i.deviceName, i.current]).sort()).toEqual([
      ['iPad', false],
      ['iPhone 15', true],
    ]);
    const tabletId = items.find((i) => i.deviceName === 'iPad')?.id ?? 0;

    const stranger = await createTestUser(conn.db, { password: PASSWORD });
    const strangerTokens = await signIn(stranger.email);
    const del = (token: string, id: number) =>
      routes.session.DELETE(req(`/api/auth/sessions/${id}`, { method: 'DELETE', token }), {
        params: Promise.resolve({ id: String(id) }),
      });
    expect((await del(strangerTokens.accessToken, tabletId)).status).toBe(404);
    expect((await me(tablet.accessToken)).status).toBe(200);
    expect((await del(phone.accessToken, tabletId)).status).toBe(204);
    expect((await me(tablet.accessToken)).status).toBe(401);
    expect((await refresh(tablet.refreshToken)).status).toBe(401);
    expect((await me(phone.accessToken)).status).toBe(200);

    // Logout with the refresh token ends the phone's session.
    const out = await routes.logout.POST(req('/api/auth/logout', { body: { refreshToken: phone.refreshToken } }), {});
    expect(out.status).toBe(204);
    expect((await me(phone.accessToken)).status).toBe(401);
    expect((await refresh(phone.refreshToken)).status).toBe(401);
  });

  describe('one revocation model for web cookies and app sessions', () => {
    async function bothSignedIn(role: 'customer' | 'admin' = 'customer') {
      const user = await createTestUser(conn.db, { password: PASSWORD, role, verified: true });
      const app = await signIn(user.email);
      cookie.session = { userId: user.id, sv: user.sessionVersion };
      const { getCurrentUser } = await import('@/lib/auth/session');
      expect(await getCurrentUser()).toMatchObject({ id: user.id });
      return { user, app, getCurrentUser };
    }
    async function expectAllOut(app: Tokens, getCurrentUser: () => Promise<unknown>): Promise<void> {
      // React's cache() is per request; each call here is its own "request".
      expect(await getCurrentUser()).toBeNull();
      expect((await me(app.accessToken)).status).toBe(401);
      expect((await refresh(app.refreshToken)).status).toBe(401);
    }

    it('sign out of every device', async () => {
      const { user, app, getCurrentUser } = await bothSignedIn();
      const res = await routes.logout.POST(
        req('/api/auth/logout', { body: { everywhere: true }, token: app.accessToken }),
        {},
      );
      expect(res.status).toBe(204);
      await expectAllOut(app, getCurrentUser);
      // A new sign-in works at the new version, on both.
      const [row] = await conn.db.select().from(users).where(eq(users.id, user.id));
      expect(row?.sessionVersion).toBe(1);
      cookie.session = { userId: user.id, sv: 1 };
      expect(await getCurrentUser()).toMatchObject({ id: user.id });
      expect((await me((await signIn(user.email)).accessToken)).status).toBe(200);
    });

    it('a password change: the changing device gets new tokens, everything else is out', async () => {
      const { user, app, getCurrentUser } = await bothSignedIn();
      const other = await signIn(user.email, PASSWORD, 'old phone');
      const passwordRoute = await import('@/app/api/me/password/route');
      const res = await passwordRoute.POST(
        req('/api/me/password', {
          token: app.accessToken,
          body: { currentPassword: PASSWORD, newPassword: 'mat-khau-moi-2026', confirmPassword: 'mat-khau-moi-2026' },
        }),
        {},
      );
      expect(res.status).toBe(200);
      const fresh = (await res.json()) as Tokens;
      await expectAllOut(app, getCurrentUser);
      await expectAllOut(other, getCurrentUser);
      expect((await me(fresh.accessToken)).status).toBe(200);
    });

    it('a password reset', async () => {
      const { user, app, getCurrentUser } = await bothSignedIn();
      const { issueAuthToken } = await import('@/lib/auth/tokens');
      const { token } = await issueAuthToken(conn.db, user.id, 'password_reset');
      const resetRoute = await import('@/app/api/auth/reset-password/route');
      const res = await resetRoute.POST(
        req('/api/auth/reset-password', {
          body: { token, password: 'mat-khau-moi-2026', confirmPassword: 'mat-khau-moi-2026' },
        }),
        {},
      );
      expect(res.status).toBe(200);
      await expectAllOut(app, getCurrentUser);
    });

    it('an admin disables an account, or revokes a staff member’s sessions (audited), admins included', async () => {
      const { setAccountDisabled, revokeStaffSessions } = await import('@/lib/admin/staff');
      const boss = await createTestUser(conn.db, { role: 'admin', verified: true });

      const first = await bothSignedIn('admin');
      expect((await revokeStaffSessions(conn.db, boss, { userId: first.user.id })).ok).toBe(true);
      await expectAllOut(first.app, first.getCurrentUser);
      const [audit] = await conn.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, String(first.user.id)));
      expect(audit).toMatchObject({ action: 'staff.revoke_sessions', actorId: boss.id });

      const second = await bothSignedIn('admin');
      expect((await setAccountDisabled(conn.db, boss, { userId: second.user.id, disabled: true })).ok).toBe(true);
      await expectAllOut(second.app, second.getCurrentUser);
      // Unlocking does not bring the old sessions back.
      expect((await setAccountDisabled(conn.db, boss, { userId: second.user.id, disabled: false })).ok).toBe(true);
      await expectAllOut(second.app, second.getCurrentUser);
    });
  });

  describe('Google ID tokens', () => {
    async function idToken(
      claims: Record<string, unknown>,
      key: CryptoKey = googleKey,
      kid = 'google-test-key',
      { aud = GOOGLE_CLIENT, iss = 'https://accounts.google.com' } = {},
    ) {
      return new SignJWT({ email_verified: true, name: 'Trần Thị Google', ...claims })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setIssuer(iss)
        .setAudience(aud)
        .setSubject(`google-${randomUUID()}`)
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(key);
    }
    const google = (token: string) => routes.google.POST(req('/api/auth/google', { body: { idToken: token } }), {});

    it('signs in with a token checked against the published keys, creating a verified account', async () => {
      const email = `google-${randomUUID()}@gmail.com`;
      const res = await google(await idToken({ email }));
      expect(res.status).toBe(200);
      const body = (await res.json()) as Tokens & { user: { email: string; emailVerified: boolean } };
      expect(body.user).toMatchObject({ email, emailVerified: true });
      expect((await me(body.accessToken)).status).toBe(200);
      const [session] = await conn.db.select().from(appSessions).where(eq(appSessions.userId, body.user.id));
      expect(session?.method).toBe('google');
    });

    it('refuses another audience, an unverified mailbox, an expired token and a key Google did not publish', async () => {
      const email = `google-${randomUUID()}@gmail.com`;
      const stranger = (await generateKeyPair('RS256')).privateKey;
      const expired = await new SignJWT({ email, email_verified: true })
        .setProtectedHeader({ alg: 'RS256', kid: 'google-test-key' })
        .setIssuer('https://accounts.google.com')
        .setAudience(GOOGLE_CLIENT)
        .setSubject('x')
        .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
        .sign(googleKey);
      const bad = [
        await idToken({ email }, googleKey, 'google-test-key', { aud: 'someone-elses-client' }),
        await idToken({ email, email_verified: false }),
        await idToken({ email }, googleKey, 'google-test-key', { iss: 'https://evil.example' }),
        expired,
        await idToken({ email }, stranger),
        await idToken({ email }, stranger, 'unknown-kid'),
      ];
      for (const token of bad) {
        const res = await google(token);
        expect(res.status).toBe(401);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('invalid_google_token');
      }
      expect(await conn.db.select().from(users).where(eq(users.email, email))).toEqual([]);
    });
  });
});
