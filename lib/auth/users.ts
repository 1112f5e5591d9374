import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { type UserRole, users } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// Account rows. E-mails are stored lower-cased (a CHECK holds it), so lookups are exact.

export type UserRow = typeof users.$inferSelect;

/** What a session knows about its user, read fresh from the database on every guarded request. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  emailVerified: boolean;
  /** users.session_version when read: a session carrying another number is over (lib/auth/session-version.ts). */
  sessionVersion?: number;
};

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export async function getUserByEmail(db: Db, email: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))
    .limit(1);
  return row;
}

export async function getUserById(db: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export function toSessionUser(row: UserRow): SessionUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    emailVerified: row.emailVerifiedAt !== null,
    sessionVersion: row.sessionVersion,
  };
}

export type CreateUserInput = {
  email: string;
  name: string;
  passwordHash: string | null;
  role?: UserRole;
  emailVerified?: boolean;
};

/** undefined when the e-mail is taken (the unique index decides, so two sign-ups cannot race). */
export async function createUser(db: Db, input: CreateUserInput): Promise<UserRow | undefined> {
  const [row] = await db
    .insert(users)
    .values({
      email: normalizeEmail(input.email),
      name: input.name,
      passwordHash: input.passwordHash,
      role: input.role ?? 'customer',
      emailVerifiedAt: input.emailVerified ? sql`now()` : null,
    })
    .onConflictDoNothing({ target: users.email })
    .returning();
  return row;
}

export async function recordSignIn(db: Db, id: number): Promise<void> {
  await db.update(users).set({ lastSignInAt: sql`now()` }).where(eq(users.id, id));
}
