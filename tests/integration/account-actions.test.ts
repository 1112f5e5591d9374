import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { addresses, auditLog, users } from '@/db/schema';
import type { ActionState } from '@/lib/admin/action';
import type { SessionUser } from '@/lib/auth/users';
import { peerAddressHeader } from '@/lib/http/proxy-trust';
import { createTestUser, sessionUserOf } from '../support/account-factories';
import { reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase } from '../support/test-database';

// The account and staff server actions called as a browser would (FormData), in-process against the test
// database: who is asking is checked first, zod-invalid input comes back with Vietnamese messages keyed by
// field and writes nothing, passwords are never echoed back. The session is stubbed (getCurrentUser); every
// thing behind it is real.

const databaseUrl = inject('databaseUrl');
const redisUp = requireOrSkip(await reachable(TEST_REDIS_URL), `Redis at ${TEST_REDIS_URL}`);

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getCurrentUser: async () => session.user }));
// Outside a Next request there is no cache to revalidate, nor request headers.
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ [peerAddressHeader()]: '203.0.113.9' }),
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const IDLE: ActionState = { status: 'idle' };

function expectInvalid(state: ActionState, fields: string[]) {
  expect(state.status).toBe('error');
  if (state.status !== 'error') return;
  expect(state.code).toBe('invalid');
  expect(state.message).toBe('Vui lòng kiểm tra lại các trường được đánh dấu.');
  expect(Object.keys(state.fieldErrors).sort()).toEqual([...fields].sort());
  for (const message of Object.values(state.fieldErrors)) expect(message).toMatch(/[\u00C0-\u1EF9]|Vui lòng|không/);
}

describe.skipIf(!databaseUrl || !redisUp)('account and staff server actions', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let account: typeof import('@/app/(shop)/account/actions');
  let staff: typeof import('@/app/admin/staff/actions');

  beforeAll(async () => {
    Object.assign(process.env, {
      DATABASE_URL: databaseUrl ?? '',
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `atl-test:actions:${randomUUID().slice(0, 8)}:`,
      LOG_LEVEL: 'fatal',
    });
    conn = connectTestDatabase(databaseUrl ?? '');
    account = await import('@/app/(shop)/account/actions');
    staff = await import('@/app/admin/staff/actions');
  });
  afterAll(async () => {
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn.close();
  });

  const addressCount = async (userId: number) =>
    (await conn.db.select().from(addresses).where(eq(addresses.userId, userId))).length;

  it('refuses a signed-out caller before reading the form', async () => {
    session.user = null;
    const state = await account.createAddressAction(IDLE, form({ name: 'x' }));
    expect(state).toMatchObject({ status: 'error', code: 'unauthorized' });
    expect(await account.reorderAction({ status: 'idle' }, form({ number: 'ATL-000001' }))).toMatchObject({
      status: 'error',
      message: expect.stringMatching(/đăng nhập/),
    });
  });

  it('answers invalid address, profile and password forms with field errors and writes nothing', async () => {
    const user = await createTestUser(conn.db, { name: 'Vũ Thị Lan', password: 'mat-khau-cu-123' });
    session.user = sessionUserOf(user);

    const bad = await account.createAddressAction(
      IDLE,
      form({
        name: 'A',
        phone: '12345',
        'shippingAddress.provinceCode': '79', // Hồ Chí Minh …
        'shippingAddress.wardCode': '00004', // … with a ward of Hà Nội
        'shippingAddress.street': 'x',
        isDefault: 'maybe',
      }),
    );
    expectInvalid(bad, ['name', 'phone', 'shippingAddress.wardCode', 'shippingAddress.street', 'isDefault']);
    // The ward outside the province on its own:
    const wrongWard = await account.createAddressAction(
      IDLE,
      form({
        name: 'Vũ Thị Lan',
        phone: '0912345678',
        'shippingAddress.provinceCode': '79',
        'shippingAddress.wardCode': '00004',
        'shippingAddress.street': '12 Nguyễn Huệ',
      }),
    );
    expectInvalid(wrongWard, ['shippingAddress.wardCode']);
    expect(wrongWard.status === 'error' && wrongWard.fieldErrors['shippingAddress.wardCode']).toBe(
      'Phường/xã không thuộc tỉnh/thành phố đã chọn',
    );
    // What was typed comes back so the form keeps it.
    expect(wrongWard.status === 'error' && wrongWard.values?.['shippingAddress.street']).toBe('12 Nguyễn Huệ');
    expect(await addressCount(user.id)).toBe(0);

    expectInvalid(await account.updateAddressAction(IDLE, form({ id: 'abc' })), [
      'id',
      'name',
      'phone',
      'shippingAddress.provinceCode',
      'shippingAddress.wardCode',
      'shippingAddress.street',
    ]);
    expectInvalid(await account.deleteAddressAction(IDLE, form({ id: '-1' })), ['id']);
    expectInvalid(await account.setDefaultAddressAction(IDLE, form({})), ['id']);

    expectInvalid(await account.updateProfileAction(IDLE, form({ name: '   ', phone: 'abc' })), ['name', 'phone']);
    const [unchanged] = await conn.db.select().from(users).where(eq(users.id, user.id));
    expect([unchanged?.name, unchanged?.phone]).toEqual(['Vũ Thị Lan', null]);

    const pw = await account.changePasswordAction(
      IDLE,
      form({ currentPassword: 'mat-khau-cu-123', newPassword: 'ngan', confirmPassword: 'khac' }),
    );
    expectInvalid(pw, ['newPassword', 'confirmPassword']);
    expect(JSON.stringify(pw)).not.toContain('mat-khau-cu-123');
    const wrong = await account.changePasswordAction(
      IDLE,
      form({ currentPassword: 'sai-mat-khau', newPassword: 'mat-khau-moi-456', confirmPassword: 'mat-khau-moi-456' }),
    );
    expect(wrong).toMatchObject({ status: 'error', fieldErrors: { currentPassword: 'Mật khẩu hiện tại không đúng.' } });
    const [samePassword] = await conn.db.select().from(users).where(eq(users.id, user.id));
    expect(samePassword?.passwordHash).toBe(user.passwordHash);

    expect(await account.reorderAction({ status: 'idle' }, form({ number: "ATL-1'; drop table orders" }))).toEqual({
      status: 'error',
      message: 'Mã đơn hàng không hợp lệ.',
    });
    expect(await account.reorderAction({ status: 'idle' }, form({ number: 'ATL-999999' }))).toEqual({
      status: 'error',
      message: 'Không tìm thấy đơn hàng.',
    });
  });

  it('accepts the same forms when they are right', async () => {
    const user = await createTestUser(conn.db, { password: 'mat-khau-cu-123' });
    session.user = sessionUserOf(user);
    const saved = await account.createAddressAction(
      IDLE,
      form({
        name: 'Vũ Thị Lan',
        phone: '0912 345 678',
        'shippingAddress.provinceCode': '01',
        'shippingAddress.wardCode': '00004',
        'shippingAddress.street': '  12   phố Điện Biên Phủ ',
      }),
    );
    expect(saved).toEqual({ status: 'ok', message: 'Đã lưu địa chỉ.', redirectTo: '/account/addresses' });
    const [row] = await conn.db.select().from(addresses).where(eq(addresses.userId, user.id));
    expect(row).toMatchObject({ phone: '0912345678', street: '12 phố Điện Biên Phủ', isDefault: true });
    expect(await account.updateProfileAction(IDLE, form({ name: 'Vũ Lan', phone: '' }))).toMatchObject({
      status: 'ok',
    });
    const changed = await account.changePasswordAction(
      IDLE,
      form({
        currentPassword: 'mat-khau-cu-123',
        newPassword: 'mat-khau-moi-456',
        confirmPassword: 'mat-khau-moi-456',
      }),
    );
    expect(changed).toMatchObject({ status: 'ok' });
    // Somebody else's address id is simply not found.
    const other = await createTestUser(conn.db);
    session.user = sessionUserOf(other);
    expect(await account.deleteAddressAction(IDLE, form({ id: String(row?.id) }))).toMatchObject({
      status: 'error',
      code: 'not_found',
    });
    expect(await addressCount(user.id)).toBe(1);
  });

  it('checks the staff:manage permission before the input, then field errors, and audits nothing', async () => {
    const customer = await createTestUser(conn.db);
    const staffer = await createTestUser(conn.db, { role: 'staff' });
    const admin = await createTestUser(conn.db, { role: 'admin', verified: true });
    const auditRows = async () => (await conn.db.select().from(auditLog).where(eq(auditLog.actorId, admin.id))).length;

    for (const who of [customer, staffer]) {
      session.user = sessionUserOf(who);
      expect(await staff.inviteStaffAction(IDLE, form({ email: 'x' }))).toMatchObject({
        status: 'error',
        code: 'forbidden',
        fieldErrors: {},
      });
      expect(
        await staff.setAccountDisabledAction(IDLE, form({ userId: String(admin.id), disabled: 'true' })),
      ).toMatchObject({
        code: 'forbidden',
      });
    }

    session.user = sessionUserOf(admin);
    expectInvalid(await staff.inviteStaffAction(IDLE, form({ email: 'khong-phai-email', name: '', role: 'owner' })), [
      'email',
      'name',
      'role',
    ]);
    expectInvalid(await staff.changeRoleAction(IDLE, form({ userId: String(staffer.id), role: 'superuser' })), [
      'role',
    ]);
    expectInvalid(await staff.setAccountDisabledAction(IDLE, form({ userId: 'x', disabled: 'maybe' })), [
      'userId',
      'disabled',
    ]);
    expectInvalid(await staff.resendStaffInviteAction(IDLE, form({})), ['userId']);
    expect(await auditRows()).toBe(0);
    const [stillStaff] = await conn.db.select().from(users).where(eq(users.id, staffer.id));
    expect(stillStaff?.role).toBe('staff');

    // The safeguard answers as a message, not a 500.
    expect(await staff.changeRoleAction(IDLE, form({ userId: String(admin.id), role: 'staff' }))).toMatchObject({
      status: 'error',
      code: 'conflict',
      message: 'Bạn không thể tự đổi vai trò của chính mình.',
    });
    expect(await staff.changeRoleAction(IDLE, form({ userId: String(staffer.id), role: 'admin' }))).toMatchObject({
      status: 'ok',
    });
    expect(await auditRows()).toBe(1);
  });
});
