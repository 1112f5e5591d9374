import 'server-only';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import { type AuthTokenPurpose, authTokens } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { getEnv } from '@/lib/env';

// One-time tokens sent by e-mail (password reset, e-mail verification). The database keeps only the
// token's sha256; the token itself is an HMAC of a random nonce under AUTH_SECRET, so the outbox row
// that carries the nonce to the mail worker is useless to someone who can read the database but not
// the secret. Using a token checks and spends it in one UPDATE: it works once, and only before expiry.

export const TOKEN_TTL_MS: Record<AuthTokenPurpose, number> = {
  password_reset: 60 * 60 * 1000,
  email_verification: 7 * 24 * 60 * 60 * 1000,
};

const sha256 = (v: string) => createHash('sha256').update(v).digest('hex');

export function tokenFromNonce(purpose: AuthTokenPurpose, nonce: string, secret = getEnv().AUTH_SECRET): string {
  return createHmac('sha256', secret).update(`${purpose}:${nonce}`).digest('base64url');
}

/** Stores a new token for the user and returns the nonce the e-mail worker turns back into it. */
export async function issueAuthToken(
  db: Db,
  userId: number,
  purpose: AuthTokenPurpose,
  ttlMs = TOKEN_TTL_MS[purpose],
): Promise<{ nonce: string; token: string }> {
  const nonce = randomBytes(24).toString('base64url');
  const token = tokenFromNonce(purpose, nonce);
  await db.insert(authTokens).values({
    userId,
    purpose,
    tokenHash: sha256(token),
    expiresAt: sql`now() + make_interval(secs => ${Math.round(ttlMs / 1000)})`,
  });
  return { nonce, token };
}

/** The user id the token was issued to, spending the token; undefined if unknown, used or expired. */
export async function consumeAuthToken(db: Db, token: string, purpose: AuthTokenPurpose): Promise<number | undefined> {
  const [row] = await db
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(
      and(
        eq(authTokens.tokenHash, sha256(token)),
        eq(authTokens.purpose, purpose),
        isNull(authTokens.usedAt),
        gt(authTokens.expiresAt, sql`now()`),
      ),
    )
    .returning({ userId: authTokens.userId });
  return row?.userId;
}

/** A new reset link makes the older ones useless. */
export async function revokeAuthTokens(db: Db, userId: number, purpose: AuthTokenPurpose): Promise<void> {
  await db
    .update(authTokens)
    .set({ usedAt: sql`now()` })
    .where(and(eq(authTokens.userId, userId), eq(authTokens.purpose, purpose), isNull(authTokens.usedAt)));
}
