import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { endAllSessions } from '@/lib/auth/session-version';
import { revokeAuthTokens } from '@/lib/auth/tokens';
import { getUserById } from '@/lib/auth/users';
import type { Db } from '@/lib/db/types';
import type { RateLimit } from '@/lib/rate-limit/rate-limit';
import type { ChangePasswordInput, ProfileInput } from './schemas';

// The account's own details. The e-mail is the sign-in name and is not changed here.

/** Guessing the current password from a stolen session is a sign-in attempt by another route: same budget per account. */
export const CHANGE_PASSWORD_LIMIT: RateLimit = { name: 'change-password', limit: 8, windowMs: 15 * 60_000 };
/** Each one sends an e-mail to the account's mailbox. */
export const RESEND_VERIFICATION_LIMIT: RateLimit = { name: 'resend-verification', limit: 3, windowMs: 60 * 60_000 };

export type Profile = {
  id: number;
  email: string;
  name: string;
  phone: string | null;
  emailVerified: boolean;
  hasPassword: boolean;
  createdAt: string;
};

export async function getProfile(db: Db, userId: number): Promise<Profile | null> {
  const row = await getUserById(db, userId);
  if (!row) return null;
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    phone: row.phone,
    emailVerified: row.emailVerifiedAt !== null,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function updateProfile(db: Db, userId: number, input: ProfileInput): Promise<void> {
  await db
    .update(users)
    .set({ name: input.name, phone: input.phone ?? null, updatedAt: sql`now()` })
    .where(eq(users.id, userId));
}

export type ChangePasswordResult =
  | { ok: true; sessionVersion: number }
  | { ok: false; code: 'wrong_password' | 'no_password'; message: string };

export async function changePassword(
  db: Db,
  userId: number,
  input: Pick<ChangePasswordInput, 'currentPassword' | 'newPassword'>,
): Promise<ChangePasswordResult> {
  const row = await getUserById(db, userId);
  if (!row?.passwordHash) {
    return {
      ok: false,
      code: 'no_password',
      message: 'Tài khoản này đăng nhập bằng Google và chưa có mật khẩu. Hãy dùng "Quên mật khẩu" để đặt mật khẩu.',
    };
  }
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    return { ok: false, code: 'wrong_password', message: 'Mật khẩu hiện tại không đúng.' };
  }
  const passwordHash = await hashPassword(input.newPassword);
  const sessionVersion = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, userId));
    // A reset link asked for earlier must not set the password back behind the owner's back.
    await revokeAuthTokens(tx, userId, 'password_reset');
    // Every session, web and app, ends: the caller signs the device it is on back in.
    return endAllSessions(tx, userId, 'revoked');
  });
  return { ok: true, sessionVersion };
}

/** "Đăng xuất khỏi mọi thiết bị": every web session and app session of the account ends at its next request. */
export async function signOutEverywhere(db: Db, userId: number): Promise<void> {
  await db.transaction((tx) => endAllSessions(tx, userId, 'signed_out'));
}
