import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, authTokens, outbox, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/audit';
import { requestPasswordReset, resetPassword, signUp, verifyEmail } from '@/lib/auth/account';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { authenticate, signInBlocked } from '@/lib/auth/sign-in';
import { upsertAccountWithRole } from '@/lib/auth/staff-accounts';
import { consumeAuthToken, issueAuthToken, tokenFromNonce } from '@/lib/auth/tokens';
import { createMailer } from '@/lib/email/mailer';
import { outboxHandlers } from '@/lib/outbox/handlers';
import { processOutbox } from '@/lib/outbox/worker';
import { RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { createIoredisStore } from '@/lib/redis/ioredis-store';
import { createRedisStore } from '@/lib/redis/store';
import type { RedisStore } from '@/lib/redis/types';
import { PG_ADMIN_URL, reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { type CaughtMail, startSmtpSink } from '../support/smtp-sink';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// Accounts on real PostgreSQL and Redis: password hashing, one-time tokens that expire and work once,
// sign-in answers that do not tell an unknown e-mail from a wrong password, and the rate limits.

// A database of its own: the e-mail tests drain the outbox, which other files fill at the same time.
const pgUp = requireOrSkip(await reachable(PG_ADMIN_URL), `PostgreSQL at ${PG_ADMIN_URL}`);
const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

let seq = 0;
const email = (label: string) => `${label}-${Date.now().toString(36)}-${seq++}@test.audiotailoc.vn`;

describe('password hashing', () => {
  it('hashes with argon2id at the configured cost and verifies only the right password', async () => {
    const hash = await hashPassword('mật khẩu đúng 123');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, 'mật khẩu đúng 123')).toBe(true);
    expect(await verifyPassword(hash, 'mật khẩu sai 123')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'x')).toBe(false);
    // Salted: the same password never hashes the same way twice.
    expect(await hashPassword('mật khẩu đúng 123')).not.toBe(hash);
  });
});

describe.skipIf(!pgUp || !redisUp)('accounts on PostgreSQL and Redis', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  let redis: RedisStore;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    database = await createTestDatabase('atl_auth');
    conn = connectTestDatabase(database.url);
    redis = createRedisStore(createIoredisStore({ url: TEST_REDIS_URL }), `atl-test:auth:${randomUUID().slice(0, 8)}:`);
    smtp = await startSmtpSink();
  });
  afterAll(async () => {
    await conn?.close();
    await redis?.close();
    await smtp?.close();
    // pg's pool.end() resolves before its sockets are gone; dropping "with (force)" at once would kill them mid-close.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  const sendOutbox = () =>
    processOutbox(
      conn.db,
      outboxHandlers(conn.db, createMailer({ smtpUrl: smtp.url, from: 'test@audiotailoc.vn', dir: '/tmp' })),
    );
  const mailTo = (address: string): CaughtMail[] => smtp.mails.filter((m) => m.to.includes(address));
  const linkIn = (mail: CaughtMail | undefined, path: string) => {
    const raw = (mail?.raw ?? '').replace(/=\r?\n/g, '').replace(/=3D/g, '=');
    return new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`).exec(raw)?.[1];
  };

  it('signs in with the right password; unknown e-mail, wrong password and disabled account get the same answer', async () => {
    const address = email('dang-nhap');
    const { user } = await upsertAccountWithRole(conn.db, {
      email: address,
      name: 'An',
      password: 'dung-mat-khau-1',
      role: 'customer',
    });
    const ok = await authenticate(conn.db, redis, { email: address, password: 'dung-mat-khau-1' }, '10.0.0.1');
    expect(ok).toMatchObject({ ok: true, user: { id: user.id, email: address, role: 'customer' } });

    const wrong = await authenticate(conn.db, redis, { email: address, password: 'sai-mat-khau-1' }, '10.0.0.1');
    const unknown = await authenticate(
      conn.db,
      redis,
      { email: email('khong-co'), password: 'sai-mat-khau-1' },
      '10.0.0.1',
    );
    expect(wrong).toEqual({ ok: false, code: 'invalid' });
    expect(unknown).toEqual(wrong);

    await conn.db.update(users).set({ disabledAt: sql`now()` }).where(eq(users.id, user.id));
    expect(await authenticate(conn.db, redis, { email: address, password: 'dung-mat-khau-1' }, '10.0.0.1')).toEqual(
      wrong,
    );
  });

  it('rate-limits sign-in per (e-mail, address), even with the right password, and the owner elsewhere still gets in', async () => {
    const address = email('gioi-han');
    await upsertAccountWithRole(conn.db, {
      email: address,
      name: 'Bình',
      password: 'dung-mat-khau-2',
      role: 'customer',
    });
    const attacker = `10.1.${seq}.7`;
    for (let i = 0; i < RATE_LIMITS.signInEmailIp.limit; i++) {
      const r = await authenticate(conn.db, redis, { email: address, password: 'sai-mat-khau' }, attacker);
      expect(r).toEqual({ ok: false, code: 'invalid' });
    }
    const blocked = await authenticate(conn.db, redis, { email: address, password: 'dung-mat-khau-2' }, attacker);
    expect(blocked.ok).toBe(false);
    expect(!blocked.ok && blocked.code).toBe('rate_limited');
    expect(!blocked.ok && blocked.code === 'rate_limited' && blocked.retryAfterSeconds).toBeGreaterThan(0);
    expect((await signInBlocked(redis, attacker, address)).ok).toBe(false);
    // Another account from the attacker's address is not affected, nor the owner from their own address.
    expect((await signInBlocked(redis, attacker, email('khac'))).ok).toBe(true);
    expect((await signInBlocked(redis, '10.9.9.9', address)).ok).toBe(true);
    const owner = await authenticate(conn.db, redis, { email: address, password: 'dung-mat-khau-2' }, '10.9.9.9');
    expect(owner.ok).toBe(true);
  });

  it('rate-limits sign-in per client address across e-mails', async () => {
    const ip = `10.2.${seq}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < RATE_LIMITS.signInIp.limit; i++) {
      await authenticate(conn.db, redis, { email: email('ip'), password: 'sai-mat-khau' }, ip);
    }
    const r = await authenticate(conn.db, redis, { email: email('ip'), password: 'sai-mat-khau' }, ip);
    expect(!r.ok && r.code).toBe('rate_limited');
  });

  it('a one-time token works once, for its purpose only, and not after it expires', async () => {
    const { user } = await upsertAccountWithRole(conn.db, {
      email: email('token'),
      name: 'C',
      password: 'mat-khau-token',
      role: 'customer',
    });
    const { token } = await issueAuthToken(conn.db, user.id, 'password_reset');
    expect(await consumeAuthToken(conn.db, token, 'email_verification')).toBeUndefined();
    expect(await consumeAuthToken(conn.db, token, 'password_reset')).toBe(user.id);
    expect(await consumeAuthToken(conn.db, token, 'password_reset')).toBeUndefined();

    const expiring = await issueAuthToken(conn.db, user.id, 'password_reset');
    await conn.db
      .update(authTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(and(eq(authTokens.userId, user.id), sql`${authTokens.usedAt} is null`));
    expect(await consumeAuthToken(conn.db, expiring.token, 'password_reset')).toBeUndefined();
    // Only the hash is stored.
    const stored = await conn.db
      .select({ h: authTokens.tokenHash })
      .from(authTokens)
      .where(eq(authTokens.userId, user.id));
    expect(stored.map((r) => r.h)).not.toContain(token);
  });

  it('sign-up creates a customer with a hashed password and e-mails a verification link that verifies once', async () => {
    const address = email('dang-ky');
    const result = await signUp(conn.db, {
      name: 'Dũng',
      email: address,
      password: 'mat-khau-dang-ky',
      confirmPassword: 'mat-khau-dang-ky',
    });
    expect(result).toMatchObject({ ok: true, created: true });
    if (!result.created) return;
    expect(result.user.role).toBe('customer');
    expect(result.user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(result.user.emailVerifiedAt).toBeNull();
    const again = await signUp(conn.db, {
      name: 'X',
      email: address.toUpperCase(),
      password: 'mat-khau-khac-1',
      confirmPassword: 'mat-khau-khac-1',
    });
    // Nothing created and nothing said: the owner gets an e-mail; the password they had still works.
    expect(again).toEqual({ ok: true, created: false });
    const [owner] = await conn.db.select().from(users).where(eq(users.email, address));
    expect(await verifyPassword(owner?.passwordHash ?? '', 'mat-khau-dang-ky')).toBe(true);

    await sendOutbox();
    const mails = mailTo(address);
    expect(mails).toHaveLength(2);
    expect(mails.some((m) => m.raw.includes('/quen-mat-khau'))).toBe(true);
    const token = linkIn(
      mails.find((m) => m.raw.includes('/xac-minh-email')),
      '/xac-minh-email',
    );
    expect(token).toBeTruthy();
    expect(await verifyEmail(conn.db, token ?? '')).toBe(true);
    expect(await verifyEmail(conn.db, token ?? '')).toBe(false);
    const [row] = await conn.db.select().from(users).where(eq(users.id, result.user.id));
    expect(row?.emailVerifiedAt).toBeInstanceOf(Date);
  });

  it('password reset: unknown e-mail sends nothing; a new link revokes the old; the link sets the password once', async () => {
    const before = await conn.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    await requestPasswordReset(conn.db, email('khong-ton-tai'));
    const after = await conn.db.select({ n: sql<number>`count(*)::int` }).from(outbox);
    expect(after[0]?.n).toBe(before[0]?.n);

    const address = email('quen');
    await upsertAccountWithRole(conn.db, { email: address, name: 'Em', password: 'mat-khau-cu-123', role: 'customer' });
    await requestPasswordReset(conn.db, address);
    await requestPasswordReset(conn.db, address);
    const rows = await conn.db
      .select({ payload: outbox.payload })
      .from(outbox)
      .where(eq(outbox.kind, 'password_reset_email'))
      .orderBy(outbox.id);
    const mine = rows.slice(-2).map((r) => tokenFromNonce('password_reset', String(r.payload.nonce)));
    const [first, second] = mine;
    expect(await resetPassword(conn.db, first ?? '', 'mat-khau-moi-123')).toBe(false); // revoked by the second request

    await sendOutbox();
    const mailed = mailTo(address).map((m) => linkIn(m, '/dat-lai-mat-khau'));
    expect(mailed).toContain(second);
    expect(mailTo(address)).toHaveLength(2);

    expect(await resetPassword(conn.db, second ?? '', 'mat-khau-moi-123')).toBe(true);
    expect(await resetPassword(conn.db, second ?? '', 'mat-khau-khac-456')).toBe(false);
    const ok = await authenticate(conn.db, redis, { email: address, password: 'mat-khau-moi-123' }, '10.3.0.1');
    expect(ok.ok).toBe(true);
    const old = await authenticate(conn.db, redis, { email: address, password: 'mat-khau-cu-123' }, '10.3.0.1');
    expect(old.ok).toBe(false);
  });

  it('the audit log keeps who changed which fields, with before and after', async () => {
    const { user } = await upsertAccountWithRole(conn.db, {
      email: email('audit'),
      name: 'Giang',
      password: 'mat-khau-audit',
      role: 'staff',
    });
    const entityId = `test-${randomUUID()}`;
    await recordAudit(
      conn.db,
      { id: user.id, email: user.email },
      {
        action: 'product.update',
        entityType: 'product',
        entityId,
        before: { name: 'Cũ', price: 100, same: 1 },
        after: { name: 'Mới', price: 120, same: 1 },
      },
    );
    const [entry] = await conn.db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
    expect(entry).toMatchObject({
      actorId: user.id,
      actorEmail: user.email,
      action: 'product.update',
      entityType: 'product',
    });
    expect(entry?.changes).toEqual({ name: { before: 'Cũ', after: 'Mới' }, price: { before: 100, after: 120 } });
  });
});
