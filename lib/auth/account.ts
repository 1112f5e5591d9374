import 'server-only';
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { type AuthTokenPurpose, outbox, users } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { hashPassword } from './password';
import type { SignUpInput } from './schemas';
import { endAllSessions } from './session-version';
import { consumeAuthToken, issueAuthToken, revokeAuthTokens } from './tokens';
import { createUser, getUserByEmail, type UserRow } from './users';

// Sign-up, password reset and e-mail verification. Their e-mails go through the outbox, written in the
// same transaction as the token, so a crash never leaves a token without its e-mail or the reverse.

export const ACCOUNT_EMAIL_KINDS = {
  password_reset: 'password_reset_email',
  email_verification: 'email_verification_email',
} as const satisfies Record<AuthTokenPurpose, string>;

async function queueTokenEmail(tx: Db, user: UserRow, purpose: AuthTokenPurpose): Promise<void> {
  const { nonce } = await issueAuthToken(tx, user.id, purpose);
  await tx.insert(outbox).values({
    kind: ACCOUNT_EMAIL_KINDS[purpose],
    dedupeKey: `${purpose}:${nonce}`,
    payload: { userId: user.id, nonce },
  });
}

/**
 * `created: false` when the e-mail already had an account: nothing is created and its owner is told by e-mail.
 * The caller answers both the same way (and the password is hashed either way), so sign-up does not tell anyone
 * which e-mails have an account.
 */
export type SignUpResult = { ok: true; created: true; user: UserRow } | { ok: true; created: false };

export async function signUp(db: Db, input: SignUpInput): Promise<SignUpResult> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const user = await createUser(tx, { email: input.email, name: input.name, passwordHash });
    if (!user) {
      const owner = await getUserByEmail(tx, input.email);
      if (owner && !owner.disabledAt) {
        const nonce = randomBytes(16).toString('base64url');
        await tx.insert(outbox).values({
          kind: 'account_exists_email',
          dedupeKey: `account_exists:${nonce}`,
          payload: { userId: owner.id, nonce },
        });
      }
      return { ok: true, created: false } as const;
    }
    await queueTokenEmail(tx, user, 'email_verification');
    return { ok: true, created: true, user } as const;
  });
}

/**
 * Sends a reset link if the account exists. The caller answers the same either way, so the form
 * cannot be used to find out who has an account. Older links stop working.
 */
export async function requestPasswordReset(db: Db, email: string): Promise<void> {
  await db.transaction(async (tx) => {
    const user = await getUserByEmail(tx, email);
    if (!user || user.disabledAt) return;
    await revokeAuthTokens(tx, user.id, 'password_reset');
    await queueTokenEmail(tx, user, 'password_reset');
  });
}

export async function resendEmailVerification(db: Db, userId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, userId)).limit(1);
    if (!user || user.emailVerifiedAt) return;
    await revokeAuthTokens(tx, user.id, 'email_verification');
    await queueTokenEmail(tx, user, 'email_verification');
  });
}

/** Spends the token and sets the new password; false when the link is unknown, used or expired. */
export async function resetPassword(db: Db, token: string, password: string): Promise<boolean> {
  const passwordHash = await hashPassword(password);
  return db.transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, 'password_reset');
    if (!userId) return false;
    // Whoever knew the old password is signed out of the web and the app.
    await endAllSessions(tx, userId, 'revoked');
    // Receiving the link proves the mailbox too.
    await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    return true;
  });
}

export async function verifyEmail(db: Db, token: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const userId = await consumeAuthToken(tx, token, 'email_verification');
    if (!userId) return false;
    await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    return true;
  });
}
