import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestUser } from '../support/account-factories';
import { connectTestDatabase } from '../support/test-database';

// Locking a staff account in /admin/staff ends its open sessions: the session cookie (stubbed here: auth()
// answers with the user id and session version it carries) still decrypts, but the guards re-read the user
// and find it disabled. Locking also moved the session version on, so unlocking does not let the old cookie
// back in: a new sign-in does. A role change takes effect on the next request too.

const databaseUrl = inject('databaseUrl');

const cookie = vi.hoisted(() => ({ userId: null as number | null, sv: 0 }));
vi.mock('@/lib/auth/auth', () => ({
  SIGN_IN_PATH: '/dang-nhap',
  auth: async () =>
    cookie.userId ? { user: { id: String(cookie.userId), role: 'staff', sv: cookie.sv }, expires: '' } : null,
}));

describe.skipIf(!databaseUrl)('a disabled account loses its sessions', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    process.env.DATABASE_URL = databaseUrl ?? '';
    process.env.LOG_LEVEL = 'fatal';
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(async () => {
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn.close();
  });

  it('answers anonymous once the account is locked, and again the user after a new sign-in once unlocked', async () => {
    const { getCurrentUser } = await import('@/lib/auth/session');
    const { changeRole, setAccountDisabled } = await import('@/lib/admin/staff');
    const admin = await createTestUser(conn.db, { role: 'admin', verified: true });
    const staffer = await createTestUser(conn.db, { role: 'staff', verified: true });
    cookie.userId = staffer.id;
    expect(await getCurrentUser()).toMatchObject({ id: staffer.id, role: 'staff' });

    expect((await setAccountDisabled(conn.db, admin, { userId: staffer.id, disabled: true })).ok).toBe(true);
    expect(await getCurrentUser()).toBeNull();

    expect((await setAccountDisabled(conn.db, admin, { userId: staffer.id, disabled: false })).ok).toBe(true);
    expect(await getCurrentUser()).toBeNull();
    cookie.sv = 1; // signed in again after the unlock
    expect(await getCurrentUser()).toMatchObject({ id: staffer.id });
    // The cookie still says staff; the database says customer, and the database wins.
    expect((await changeRole(conn.db, admin, { userId: staffer.id, role: 'customer' })).ok).toBe(true);
    expect(await getCurrentUser()).toMatchObject({ id: staffer.id, role: 'customer' });
  });
});
