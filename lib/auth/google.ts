import 'server-only';
import { sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { normalizeEmail, type UserRow } from './users';

/**
 * The account for a Google sign-in: created on first use, and marked verified (Google proved the
 * mailbox). undefined for a disabled account.
 */
export async function upsertGoogleUser(db: Db, email: string, name: string): Promise<UserRow | undefined> {
  const [row] = await db
    .insert(users)
    .values({ email: normalizeEmail(email), name, passwordHash: null, emailVerifiedAt: sql`now()` })
    .onConflictDoUpdate({
      target: users.email,
      set: { emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`, lastSignInAt: sql`now()` },
    })
    .returning();
  return row && !row.disabledAt ? row : undefined;
}
