import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, authTokens, outbox, users } from '@/db/schema';
import {
  changeRole,
  inviteStaff,
  inviteStaffSchema,
  listStaff,
  resendStaffInvite,
  setAccountDisabled,
} from '@/lib/admin/staff';
import { createTestUser } from '../support/account-factories';
import { PG_ADMIN_URL, reachable, requireOrSkip } from '../support/services';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// Staff management: invitations by set-password e-mail, role changes and locking, each with its audit row in the
// same transaction; nobody changes or locks themselves, and the shop always keeps one active admin, even when two
// admins act against each other at the same moment. On a database of its own: "the last admin" is a count over
// the whole users table, which other test files must not move.

const run = requireOrSkip(await reachable(PG_ADMIN_URL), `PostgreSQL at ${PG_ADMIN_URL}`);

describe.skipIf(!run)('staff management on PostgreSQL', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(async () => {
    database = await createTestDatabase('atl_staff');
    conn = connectTestDatabase(database.url);
  });
  afterAll(async () => {
    await conn?.close();
    // pg's pool.end() resolves before its sockets are gone; dropping "with (force)" at once would kill them mid-close.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  const actorOf = (u: { id: number; email: string }) => ({ id: u.id, email: u.email });
  const userRow = async (id: number) => (await conn.db.select().from(users).where(eq(users.id, id)))[0];
  const auditFor = (id: number) =>
    conn.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'user'), eq(auditLog.entityId, String(id))))
      .orderBy(auditLog.id);
  const activeAdmins = async () =>
    (await conn.db.select().from(users).where(eq(users.role, 'admin'))).filter((u) => u.disabledAt === null);

  it('invites a new staff member: no password until they set one by e-mail, audited', async () => {
    const admin = await createTestUser(conn.db, { role: 'admin', verified: true });
    const input = inviteStaffSchema.parse({ email: '  Thu.Ngan@AudioTaiLoc.vn ', name: 'Thu Ngân', role: 'staff' });
    const result = await inviteStaff(conn.db, actorOf(admin), input);
    expect(result).toMatchObject({ ok: true });
    const [created] = await conn.db.select().from(users).where(eq(users.email, 'thu.ngan@audiotailoc.vn'));
    expect(created).toMatchObject({ role: 'staff', name: 'Thu Ngân', passwordHash: null, emailVerifiedAt: null });
    if (!created) return;
    const mails = await conn.db.select().from(outbox).where(eq(outbox.kind, 'password_reset_email'));
    expect(mails.filter((m) => m.payload.userId === created.id)).toHaveLength(1);
    const audit = await auditFor(created.id);
    expect(audit.map((a) => [a.action, a.actorId, a.actorEmail])).toEqual([['staff.invite', admin.id, admin.email]]);
    expect(audit[0]?.changes.role).toEqual({ before: null, after: 'staff' });
    expect(JSON.stringify(audit[0]?.changes)).not.toContain('passwordHash');

    // Inviting the same e-mail again is refused beside the field, and writes nothing.
    const again = await inviteStaff(conn.db, actorOf(admin), input);
    expect(again).toMatchObject({ ok: false, code: 'conflict', fieldErrors: { email: expect.any(String) } });
    expect(await auditFor(created.id)).toHaveLength(1);

    // "Gửi lại": a new link, the old one revoked.
    expect((await resendStaffInvite(conn.db, actorOf(admin), { userId: created.id })).ok).toBe(true);
    const tokens = await conn.db.select().from(authTokens).where(eq(authTokens.userId, created.id));
    expect(tokens).toHaveLength(2);
    expect(tokens.filter((t) => t.usedAt === null)).toHaveLength(1);
  });

  it('promotes an existing customer, dropping the password of an unverified account', async () => {
    const admin = await createTestUser(conn.db, { role: 'admin', verified: true });
    const squatter = await createTestUser(conn.db, { verified: false, password: 'mat-khau-cua-ke-khac' });
    const real = await createTestUser(conn.db, { verified: true, password: 'mat-khau-that' });
    for (const u of [squatter, real]) {
      const r = await inviteStaff(
        conn.db,
        actorOf(admin),
        inviteStaffSchema.parse({ email: u.email, name: 'X', role: 'staff' }),
      );
      expect(r.ok).toBe(true);
    }
    expect(await userRow(squatter.id)).toMatchObject({ role: 'staff', passwordHash: null });
    expect(await userRow(real.id)).toMatchObject({ role: 'staff', passwordHash: real.passwordHash });
    expect((await auditFor(real.id)).map((a) => [a.action, a.changes])).toEqual([
      ['staff.promote', { role: { before: 'customer', after: 'staff' } }],
    ]);
  });

  it('changes roles and locks accounts, never your own', async () => {
    const admin = await createTestUser(conn.db, { role: 'admin', verified: true });
    const staff = await createTestUser(conn.db, { role: 'staff', verified: true });

    expect(await changeRole(conn.db, actorOf(admin), { userId: admin.id, role: 'staff' })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await setAccountDisabled(conn.db, actorOf(admin), { userId: admin.id, disabled: true })).toMatchObject({
      ok: false,
      code: 'conflict',
    });
    expect(await userRow(admin.id)).toMatchObject({ role: 'admin', disabledAt: null });
    expect(await auditFor(admin.id)).toEqual([]);

    expect((await changeRole(conn.db, actorOf(admin), { userId: staff.id, role: 'admin' })).ok).toBe(true);
    expect((await setAccountDisabled(conn.db, actorOf(admin), { userId: staff.id, disabled: true })).ok).toBe(true);
    expect((await userRow(staff.id))?.disabledAt).toBeInstanceOf(Date);
    expect((await setAccountDisabled(conn.db, actorOf(admin), { userId: staff.id, disabled: false })).ok).toBe(true);
    expect((await changeRole(conn.db, actorOf(admin), { userId: staff.id, role: 'customer' })).ok).toBe(true);
    expect(await userRow(staff.id)).toMatchObject({ role: 'customer', disabledAt: null });
    const audit = await auditFor(staff.id);
    expect(audit.map((a) => a.action)).toEqual([
      'staff.role_change',
      'staff.disable',
      'staff.enable',
      'staff.role_change',
    ]);
    expect(audit[0]?.changes).toEqual({ role: { before: 'staff', after: 'admin' } });
    expect(Object.keys(audit[1]?.changes ?? {})).toEqual(['disabledAt']);
    expect(audit.every((a) => a.actorId === admin.id)).toBe(true);

    // A customer becomes staff only through the invitation; an unknown id is not found.
    expect((await changeRole(conn.db, actorOf(admin), { userId: staff.id, role: 'staff' })).ok).toBe(false);
    expect(await changeRole(conn.db, actorOf(admin), { userId: 2_000_000_000, role: 'staff' })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await auditFor(staff.id)).toHaveLength(4);
    expect((await listStaff(conn.db)).some((s) => s.id === staff.id)).toBe(false);
  });

  it('keeps the last active admin, also when two admins act against each other at once', async () => {
    // Whatever earlier tests left: make exactly two active admins.
    const others = await activeAdmins();
    const x = await createTestUser(conn.db, { role: 'admin', verified: true });
    const y = await createTestUser(conn.db, { role: 'admin', verified: true });
    if (others.length > 0) {
      await conn.db
        .update(users)
        .set({ role: 'staff' })
        .where(
          inArray(
            users.id,
            others.map((o) => o.id),
          ),
        );
    }
    expect((await activeAdmins()).map((a) => a.id).sort()).toEqual([x.id, y.id].sort());

    for (let round = 0; round < 5; round++) {
      const results = await Promise.all([
        changeRole(conn.db, actorOf(x), { userId: y.id, role: 'staff' }),
        setAccountDisabled(conn.db, actorOf(y), { userId: x.id, disabled: true }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)?.message).toMatch(/quản trị viên cuối cùng/);
      expect(await activeAdmins()).toHaveLength(1);
      // Put both back for the next round.
      await conn.db
        .update(users)
        .set({ role: 'admin', disabledAt: null })
        .where(inArray(users.id, [x.id, y.id]));
    }

    // One active admin left (y demoted): x cannot be demoted or locked by anyone, even by an actor the guards let through a moment earlier.
    await changeRole(conn.db, actorOf(x), { userId: y.id, role: 'staff' });
    expect(await changeRole(conn.db, actorOf(y), { userId: x.id, role: 'staff' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/quản trị viên cuối cùng/),
    });
    expect((await setAccountDisabled(conn.db, actorOf(y), { userId: x.id, disabled: true })).ok).toBe(false);
    expect(await userRow(x.id)).toMatchObject({ role: 'admin', disabledAt: null });
    // A disabled admin does not count as the one that keeps the shop running.
    await conn.db.update(users).set({ role: 'admin', disabledAt: new Date() }).where(eq(users.id, y.id));
    expect((await setAccountDisabled(conn.db, actorOf(y), { userId: x.id, disabled: true })).ok).toBe(false);
  });
});
