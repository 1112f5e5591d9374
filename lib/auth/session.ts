import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import type { Session } from 'next-auth';
import { cache } from 'react';
import { ApiError } from '@/lib/api/errors';
import { getDb } from '@/lib/db/client';
import { annotateRequest } from '@/lib/log/request-context';
import { auth, SIGN_IN_PATH } from './auth';
import { can, type Permission } from './roles';
import { sessionVersionMatches } from './session-version';
import { getUserById, type SessionUser, toSessionUser } from './users';

// The guards every page, server action and route handler calls itself (proxy.ts only saves a round
// trip for anonymous visitors). The user is read from the database once per request (React cache), so
// a role change, a disabled account or a moved session version takes effect at once, whatever the
// session cookie still says.

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  let session: Session | null;
  try {
    session = await auth();
  } catch {
    return null; // a cookie we cannot decrypt (old secret, tampering) is no session
  }
  const id = Number(session?.user?.id);
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await getUserById(await getDb(), id);
  if (!row || row.disabledAt) return null;
  // Signed out everywhere, password changed or reset since this cookie was issued: it is no session.
  if (!sessionVersionMatches(session?.user?.sv, row.sessionVersion)) return null;
  const user = toSessionUser(row);
  annotateRequest({ userId: user.id, userRole: user.role });
  return user;
});

export function signInUrl(callbackPath: string): string {
  return `${SIGN_IN_PATH}?${new URLSearchParams({ callbackUrl: callbackPath })}`;
}

/** Pages: anonymous -> sign-in (then back to `callbackPath`). */
export async function requireUser(callbackPath: string): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInUrl(callbackPath));
  return user;
}

/** Pages: anonymous -> sign-in; signed in without the permission -> 403 page. */
export async function requirePermission(permission: Permission, callbackPath: string): Promise<SessionUser> {
  const user = await requireUser(callbackPath);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** Route handlers: 401 for anonymous, 403 without the permission (inside apiRoute, which renders ApiError). */
export async function requireApiPermission(permission: Permission): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new ApiError(401, 'unauthorized', 'Vui lòng đăng nhập.');
  if (!can(user.role, permission)) throw new ApiError(403, 'forbidden', 'Bạn không có quyền thực hiện thao tác này.');
  return user;
}
