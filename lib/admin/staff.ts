import 'server-only';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type UserRole, USER_ROLES, users } from '@/db/schema';
import { recordIdField } from '@/lib/account/schemas';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import { requestPasswordReset } from '@/lib/auth/account';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { emailField } from '@/lib/auth/schemas';
import { endAllSessions } from '@/lib/auth/session-version';
import type { UserRow } from '@/lib/auth/users';
import type { Db } from '@/lib/db/types';
import type { ActionResult } from './action';

// Staff management (/admin/staff, admins only). Staff accounts are created without a password: the person
// sets one through the password-reset e-mail, which also proves the mailbox. Two safeguards keep the shop
// from locking itself out: nobody changes their own role or disables themselves, and the last active
// admin stays an active admin. The admins' rows are locked for the check, so two admins demoting each
// other at the same moment cannot both succeed. Every change writes an audit row in its transaction.

export const STAFF_ROLES = ['staff', 'admin'] as const;

export const inviteStaffSchema = z.object({
  email: emailField,
  name: z
    .string({ error: 'Vui lòng nhập họ tên.' })
    .normalize('NFC')
    .overwrite((v) => v.replace(/\s+/g, ' ').trim())
    .min(1, 'Vui lòng nhập họ tên.')
    .max(100, 'Họ tên tối đa 100 ký tự.'),
  role: z.enum(STAFF_ROLES, { error: 'Vui lòng chọn vai trò.' }),
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;

export const changeRoleSchema = z.object({
  userId: recordIdField,
  role: z.enum(USER_ROLES, { error: 'Vui lòng chọn vai trò.' }),
});

export const setDisabledSchema = z.object({
  userId: recordIdField,
  disabled: z.enum(['true', 'false'], { error: 'Thao tác không hợp lệ.' }).transform((v) => v === 'true'),
});

export const staffUserSchema = z.object({ userId: recordIdField });

export type StaffMember = {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  emailVerified: boolean;
  disabled: boolean;
  hasPassword: boolean;
  lastSignInAt: string | null;
  createdAt: string;
};

/** Admins first, then staff; active before disabled. */
export async function listStaff(db: Db): Promise<StaffMember[]> {
  const rows = await db
    .select()
    .from(users)
    .where(inArray(users.role, [...STAFF_ROLES]))
    .orderBy(asc(users.role), sql`${users.disabledAt} is not null`, asc(users.name), asc(users.id));
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    name: r.name,
    role: r.role,
    emailVerified: r.emailVerifiedAt !== null,
    disabled: r.disabledAt !== null,
    hasPassword: r.passwordHash !== null,
    lastSignInAt: r.lastSignInAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** What the audit log keeps of an account (never its password hash). */
const auditView = (u: Pick<UserRow, 'email' | 'name' | 'role' | 'disabledAt'>) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  disabledAt: u.disabledAt,
});

async function lockUser(tx: Db, id: number): Promise<UserRow | undefined> {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  return row;
}

/** Ids of the active admins, locked until the transaction ends. */
async function lockActiveAdmins(tx: Db): Promise<number[]> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt)))
    .orderBy(asc(users.id))
    .for('update');
  return rows.map((r) => r.id);
}

const NOT_FOUND: ActionResult = { ok: false, code: 'not_found', message: 'Không tìm thấy tài khoản này.' };
const LAST_ADMIN: ActionResult = {
  ok: false,
  code: 'conflict',
  message: 'Đây là quản trị viên cuối cùng đang hoạt động. Hãy cấp quyền quản trị cho người khác trước.',
};

export async function inviteStaff(db: Db, actor: AuditActor, input: InviteStaffInput): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(users).where(eq(users.email, input.email)).for('update');
    let user: UserRow;
    if (existing) {
      if (existing.role !== 'customer') {
        const message = `Email này đã là tài khoản ${ROLE_LABELS[existing.role].toLowerCase()}.`;
        return { ok: false, code: 'conflict', message, fieldErrors: { email: message } };
      }
      if (existing.disabledAt) {
        const message = 'Tài khoản với email này đang bị khóa.';
        return { ok: false, code: 'conflict', message, fieldErrors: { email: message } };
      }
      // An unverified customer account may have been opened by someone else with this e-mail, in
      // advance: its password is dropped, so only the mailbox's owner (through the e-mail) gets in.
      const [promoted] = await tx
        .update(users)
        .set({
          role: input.role,
          name: existing.name || input.name,
          passwordHash: existing.emailVerifiedAt ? existing.passwordHash : null,
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, existing.id))
        .returning();
      if (!promoted) throw new Error('promotion returned nothing');
      user = promoted;
      await recordAudit(tx, actor, {
        action: 'staff.promote',
        entityType: 'user',
        entityId: user.id,
        before: auditView(existing),
        after: auditView(user),
      });
    } else {
      const [created] = await tx
        .insert(users)
        .values({ email: input.email, name: input.name, role: input.role, passwordHash: null })
        .returning();
      if (!created) throw new Error('staff insert returned nothing');
      user = created;
      await recordAudit(tx, actor, {
        action: 'staff.invite',
        entityType: 'user',
        entityId: user.id,
        before: null,
        after: auditView(user),
      });
    }
    await requestPasswordReset(tx, user.email);
    return {
      ok: true,
      message: `Đã tạo tài khoản ${ROLE_LABELS[input.role].toLowerCase()} cho ${user.email}. Email đặt mật khẩu đã được gửi.`,
    };
  });
}

export async function changeRole(
  db: Db,
  actor: AuditActor,
  input: { userId: number; role: UserRole },
): Promise<ActionResult> {
  if (input.userId === actor.id) {
    return { ok: false, code: 'conflict', message: 'Bạn không thể tự đổi vai trò của chính mình.' };
  }
  return db.transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const before = await lockUser(tx, input.userId);
    if (!before) return NOT_FOUND;
    // A customer becomes staff through the invitation, which also checks who owns the mailbox.
    if (before.role === 'customer') {
      return { ok: false, code: 'conflict', message: 'Để thêm nhân sự, hãy dùng biểu mẫu "Thêm nhân sự".' };
    }
    if (before.role === input.role) return { ok: true, message: 'Vai trò không thay đổi.' };
    if (before.role === 'admin' && admins.includes(before.id) && admins.length <= 1) return LAST_ADMIN;
    const [after] = await tx
      .update(users)
      .set({ role: input.role, updatedAt: sql`now()` })
      .where(eq(users.id, before.id))
      .returning();
    if (!after) return NOT_FOUND;
    await recordAudit(tx, actor, {
      action: 'staff.role_change',
      entityType: 'user',
      entityId: after.id,
      before: auditView(before),
      after: auditView(after),
    });
    return { ok: true, message: `${after.email} giờ là ${ROLE_LABELS[after.role].toLowerCase()}.` };
  });
}

/** A disabled account cannot sign in, and its open sessions stop at their next request (guards re-read the user). */
export async function setAccountDisabled(
  db: Db,
  actor: AuditActor,
  input: { userId: number; disabled: boolean },
): Promise<ActionResult> {
  if (input.userId === actor.id && input.disabled) {
    return { ok: false, code: 'conflict', message: 'Bạn không thể tự khóa tài khoản của chính mình.' };
  }
  return db.transaction(async (tx) => {
    const admins = await lockActiveAdmins(tx);
    const before = await lockUser(tx, input.userId);
    if (!before) return NOT_FOUND;
    if ((before.disabledAt !== null) === input.disabled) {
      return { ok: true, message: input.disabled ? 'Tài khoản đã bị khóa từ trước.' : 'Tài khoản đang hoạt động.' };
    }
    if (input.disabled && admins.includes(before.id) && admins.length <= 1) return LAST_ADMIN;
    const [after] = await tx
      .update(users)
      .set({ disabledAt: input.disabled ? sql`now()` : null, updatedAt: sql`now()` })
      .where(eq(users.id, before.id))
      .returning();
    if (!after) return NOT_FOUND;
    // Its web sessions and app sessions end for good: unlocking later does not bring them back.
    if (input.disabled) await endAllSessions(tx, after.id, 'revoked');
    await recordAudit(tx, actor, {
      action: input.disabled ? 'staff.disable' : 'staff.enable',
      entityType: 'user',
      entityId: after.id,
      before: auditView(before),
      after: auditView(after),
    });
    return { ok: true, message: input.disabled ? `Đã khóa tài khoản ${after.email}.` : `Đã mở khóa ${after.email}.` };
  });
}

/** Signs a staff member out of every browser and device (a lost phone, a shared computer); audited. */
export async function revokeStaffSessions(db: Db, actor: AuditActor, input: { userId: number }): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user || user.role === 'customer') return NOT_FOUND;
    const sessionVersion = await endAllSessions(tx, user.id, 'revoked');
    await recordAudit(tx, actor, {
      action: 'staff.revoke_sessions',
      entityType: 'user',
      entityId: user.id,
      before: { sessionVersion: user.sessionVersion },
      after: { sessionVersion },
    });
    return { ok: true, message: `Đã đăng xuất ${user.email} khỏi mọi thiết bị.` };
  });
}

/** A new set-password e-mail (the first link lasts an hour); older links stop working. */
export async function resendStaffInvite(db: Db, actor: AuditActor, input: { userId: number }): Promise<ActionResult> {
  return db.transaction(async (tx) => {
    const user = await lockUser(tx, input.userId);
    if (!user || user.role === 'customer') return NOT_FOUND;
    if (user.disabledAt) return { ok: false, code: 'conflict', message: 'Tài khoản đang bị khóa.' };
    await requestPasswordReset(tx, user.email);
    await recordAudit(tx, actor, {
      action: 'staff.password_email',
      entityType: 'user',
      entityId: user.id,
      before: null,
      after: { email: user.email },
    });
    return { ok: true, message: `Đã gửi lại email đặt mật khẩu tới ${user.email}.` };
  });
}
