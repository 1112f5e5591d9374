import 'server-only';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { type AppSessionEndReason, appSessions, users } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// One revocation model for the web and the app. Every web session cookie and every app session carries
// the user's session version from when it was signed in; moving the version on ends them all at their
// next request (the guards compare it with the database). App sessions are also marked ended, so their
// refresh tokens stop at once and the device list is honest.

/** Ends every session of the user, web and app, in the caller's transaction; returns the new version. */
export async function endAllSessions(tx: Db, userId: number, reason: AppSessionEndReason): Promise<number> {
  const [row] = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  await tx
    .update(appSessions)
    .set({ endedAt: sql`now()`, endReason: reason })
    .where(and(eq(appSessions.userId, userId), isNull(appSessions.endedAt)));
  return row?.sessionVersion ?? 0;
}

/** Whether a session signed in at `carried` may still act for a user now at `current`. Old cookies carry none: 0. */
export function sessionVersionMatches(carried: unknown, current: number): boolean {
  const version = carried === undefined || carried === null ? 0 : Number(carried);
  return Number.isSafeInteger(version) && version === current;
}
