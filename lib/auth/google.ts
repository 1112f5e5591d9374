import 'server-only';
import { sql } from 'drizzle-orm';
import { users } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { normalizeEmail, type UserRow } from './users';

/**
 * The account for a Google sign-in: created on first use, and marked verified (Google proved the
 * mailbox). undefined for a disabled account.
 *
 * An existing account whose e-mail was never verified may have been registered by someone else, with their own
 * password, waiting for the owner to arrive through Google: linking drops that password, so only the mailbox's
 * owner (through Google, or a reset link sent to the mailbox) can get in from then on. A verified account keeps
 * its password: its owner proved the mailbox before.
 */
export async function upsertGoogleUser(db: Db, email: string, name: string): Promise<UserRow | undefined> {
  const [row] = await db
    .insert(users)
    .values({ email: normalizeEmail(email), name, passwordHash: null, emailVerifiedAt: sql`now()` })
    .onConflictDoUpdate({
      target: users.email,
      set: {
        passwordHash: sql`case when ${users.emailVerifiedAt} is null then null else ${users.passwordHash} end`,
        emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, now())`,
        lastSignInAt: sql`now()`,
      },
    })
    .returning();
  return row && !row.disabledAt ? row : undefined;
}
