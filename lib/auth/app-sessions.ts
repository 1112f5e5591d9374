import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { type AppSessionEndReason, appSessions, refreshTokens, users } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { getEnv } from '@/lib/env';
import { signJwt, verifyJwt } from './jwt-keys';
import { sessionVersionMatches } from './session-version';
import { type SessionUser, toSessionUser, type UserRow } from './users';

// The mobile app's sessions. Signing in opens an app session (one device) and answers a short-lived access
// token (a JWT the API checks on every request) and an opaque refresh token (stored only as its sha256).
// A refresh token works once: using it spends it and issues the next one of the same family. Presenting a
// spent one means two parties hold the family (a stolen token, or a replay): the whole session ends and
// the caller gets 401. A session also ends when the user's session version moves on (password change or
// reset, disabled account, "sign out everywhere"), exactly like the web's cookies.

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_MS = 60 * 24 * 60 * 60 * 1000;
export const ACCESS_TOKEN_AUDIENCE = 'mobile';

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');
const issuer = () => getEnv().SITE_URL;

export type TokenPair = { accessToken: string; refreshToken: string; expiresIn: number; tokenType: 'Bearer' };
export type SignedIn = TokenPair & { user: SessionUser; sessionId: number };

export type DeviceInfo = { deviceName: string; ip: string; method: 'password' | 'google' };

async function issueRefreshToken(tx: Db, sessionId: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await tx.insert(refreshTokens).values({
    sessionId,
    tokenHash: sha256(token),
    expiresAt: sql`now() + make_interval(secs => ${Math.round(REFRESH_TOKEN_TTL_MS / 1000)})`,
  });
  return token;
}

function signAccessToken(user: Pick<UserRow, 'id' | 'role'>, sessionId: number, sessionVersion: number) {
  return signJwt(
    { sid: sessionId, sv: sessionVersion, role: user.role },
    {
      audience: ACCESS_TOKEN_AUDIENCE,
      issuer: issuer(),
      ttlSeconds: ACCESS_TOKEN_TTL_SECONDS,
      subject: String(user.id),
    },
  );
}

/**
 * A new app session for a user who just proved who they are, at the session version read with that proof:
 * if the version moved on in between, the session is refused at its first use.
 */
export async function startAppSession(db: Db, user: SessionUser, device: DeviceInfo): Promise<SignedIn> {
  const sessionVersion = user.sessionVersion ?? 0;
  const { sessionId, refreshToken } = await db.transaction(async (tx) => {
    const [session] = await tx
      .insert(appSessions)
      .values({
        userId: user.id,
        sessionVersion,
        deviceName: device.deviceName.slice(0, 200),
        method: device.method,
        ip: device.ip,
      })
      .returning({ id: appSessions.id });
    if (!session) throw new Error('app session insert returned nothing');
    return { sessionId: session.id, refreshToken: await issueRefreshToken(tx, session.id) };
  });
  return {
    accessToken: await signAccessToken(user, sessionId, sessionVersion),
    refreshToken,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    tokenType: 'Bearer',
    user,
    sessionId,
  };
}

export type RefreshResult =
  | ({ ok: true } & SignedIn)
  | { ok: false; code: 'invalid_refresh_token' | 'refresh_token_reused'; message: string };

const INVALID = {
  ok: false,
  code: 'invalid_refresh_token',
  message: 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.',
} as const;
const REUSED = {
  ok: false,
  code: 'refresh_token_reused',
  message: 'Phiên đăng nhập đã bị thu hồi vì lý do an toàn, vui lòng đăng nhập lại.',
} as const;

async function endSession(tx: Db, sessionId: number, reason: AppSessionEndReason): Promise<void> {
  await tx
    .update(appSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(appSessions.id, sessionId), isNull(appSessions.endedAt)));
}

/** Spends the refresh token and answers the next pair; a spent token ends its whole family. */
export async function refreshAppSession(db: Db, refreshToken: string, ip: string): Promise<RefreshResult> {
  const hash = sha256(refreshToken);
  const outcome = await db.transaction(async (tx) => {
    // Spending is one conditional UPDATE: of two requests racing with the same token, one spends it and
    // the other finds it spent, which is reuse.
    const [spent] = await tx
      .update(refreshTokens)
      .set({ usedAt: sql`now()` })
      .where(
        and(eq(refreshTokens.tokenHash, hash), isNull(refreshTokens.usedAt), gt(refreshTokens.expiresAt, sql`now()`)),
      )
      .returning({ sessionId: refreshTokens.sessionId });
    if (!spent) {
      const [known] = await tx
        .select({ sessionId: refreshTokens.sessionId, usedAt: refreshTokens.usedAt })
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, hash));
      if (known?.usedAt) {
        await endSession(tx, known.sessionId, 'reuse');
        return REUSED;
      }
      if (known) await endSession(tx, known.sessionId, 'expired');
      return INVALID;
    }
    const [row] = await tx
      .select({ session: appSessions, user: users })
      .from(appSessions)
      .innerJoin(users, eq(users.id, appSessions.userId))
      .where(eq(appSessions.id, spent.sessionId))
      .for('update', { of: appSessions });
    if (!row || row.session.endedAt) return INVALID;
    if (row.user.disabledAt || row.user.sessionVersion !== row.session.sessionVersion) {
      await endSession(tx, row.session.id, 'revoked');
      return INVALID;
    }
    await tx.update(appSessions).set({ lastUsedAt: sql`now()`, ip }).where(eq(appSessions.id, row.session.id));
    return {
      ok: true as const,
      user: row.user,
      session: row.session,
      next: await issueRefreshToken(tx, row.session.id),
    };
  });
  if (!outcome.ok) return outcome;
  return {
    ok: true,
    accessToken: await signAccessToken(outcome.user, outcome.session.id, outcome.session.sessionVersion),
    refreshToken: outcome.next,
    expiresIn: ACCESS_TOKEN_TTL_SECONDS,
    tokenType: 'Bearer',
    user: toSessionUser(outcome.user),
    sessionId: outcome.session.id,
  };
}

/** Logout with a refresh token: ends its session (whatever the token's state, so a logout always sticks). */
export async function endAppSessionByRefreshToken(db: Db, refreshToken: string): Promise<boolean> {
  const [row] = await db
    .select({ sessionId: refreshTokens.sessionId })
    .from(refreshTokens)
    .where(eq(refreshTokens.tokenHash, sha256(refreshToken)));
  if (!row) return false;
  await endSession(db, row.sessionId, 'logout');
  return true;
}

/** Signs one of the user's own devices out; false when the session is not theirs or already over. */
export async function endAppSession(
  db: Db,
  userId: number,
  sessionId: number,
  reason: AppSessionEndReason,
): Promise<boolean> {
  const rows = await db
    .update(appSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(appSessions.id, sessionId), eq(appSessions.userId, userId), isNull(appSessions.endedAt)))
    .returning({ id: appSessions.id });
  return rows.length > 0;
}

export type AppSessionView = {
  id: number;
  deviceName: string;
  method: string;
  ip: string | null;
  createdAt: string;
  lastUsedAt: string;
  current: boolean;
};

/** The devices still signed in (a refresh token not yet expired), the most recently used first. */
export async function listAppSessions(db: Db, userId: number, currentSessionId?: number): Promise<AppSessionView[]> {
  const rows = await db
    .select()
    .from(appSessions)
    .where(
      and(
        eq(appSessions.userId, userId),
        isNull(appSessions.endedAt),
        sql`exists (select 1 from ${refreshTokens} r where r.session_id = ${appSessions.id} and r.used_at is null and r.expires_at > now())`,
      ),
    )
    .orderBy(desc(appSessions.lastUsedAt), desc(appSessions.id));
  return rows.map((r) => ({
    id: r.id,
    deviceName: r.deviceName,
    method: r.method,
    ip: r.ip,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt.toISOString(),
    current: r.id === currentSessionId,
  }));
}

export type BearerCaller = { user: SessionUser; sessionId: number };

/**
 * Who an access token speaks for: null unless it is valid, its session is still open, the account is
 * enabled and the session version still current. One query per request, like the web guards' re-read.
 */
export async function authenticateAccessToken(db: Db, token: string): Promise<BearerCaller | null> {
  const payload = await verifyJwt(token, { audience: ACCESS_TOKEN_AUDIENCE, issuer: issuer() });
  if (!payload) return null;
  const userId = Number(payload.sub);
  const sessionId = Number(payload.sid);
  if (!Number.isSafeInteger(userId) || !Number.isSafeInteger(sessionId) || userId <= 0 || sessionId <= 0) return null;
  if (userId > 2_147_483_647 || sessionId > 2_147_483_647) return null;
  const [row] = await db
    .select({ user: users, endedAt: appSessions.endedAt })
    .from(appSessions)
    .innerJoin(users, eq(users.id, appSessions.userId))
    .where(and(eq(appSessions.id, sessionId), eq(appSessions.userId, userId)));
  if (!row || row.endedAt || row.user.disabledAt) return null;
  if (!sessionVersionMatches(payload.sv, row.user.sessionVersion)) return null;
  return { user: toSessionUser(row.user), sessionId };
}
