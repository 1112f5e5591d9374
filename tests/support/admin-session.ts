import { vi } from 'vitest';

// Route handlers and server actions run in-process as a chosen user: next-auth's auth() (behind lib/auth/auth.ts)
// is replaced by one that returns the session of `signedInAs`; everything after it (reading the user from the
// database, checking the role) is the real code. Use with
//   vi.mock('@/lib/auth/auth', () => import('../support/admin-session').then((m) => m.authModule));

export const session = { userId: null as number | null };

export function signInAs(user: { id: number } | null): void {
  session.userId = user?.id ?? null;
}

export const authModule = {
  SIGN_IN_PATH: '/dang-nhap',
  auth: vi.fn(async () => (session.userId === null ? null : { user: { id: String(session.userId) }, expires: '' })),
};
