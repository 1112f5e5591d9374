'use client';

// biome-ignore-start lint/style/noRestrictedImports: these server actions still live under app/
import {
  changeRoleAction,
  resendStaffInviteAction,
  revokeStaffSessionsAction,
  setAccountDisabledAction,
} from '@/app/admin/staff/actions';
// biome-ignore-end lint/style/noRestrictedImports: these server actions still live under app/
import { FormAlert, secondaryButton } from '@/components/account/form-alert';
import { useActionForm } from '@/components/account/use-action-form';
import type { UserRole } from '@/lib/core/domain-types';

// Per person: change the role, lock or unlock, send the set-password e-mail again. Each is its own small form
// with its own answer next to it.

type Member = { id: number; label: string; role: UserRole; disabled: boolean };

function RoleForm({ member }: { member: Member }) {
  const { state, pending, formRef, alertRef, onSubmit, errors } = useActionForm(changeRoleAction);
  const id = `role-${member.id}`;
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-busy={pending} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={member.id} />
      <div>
        <label htmlFor={id} className="mb-1 block text-xs font-semibold">
          Vai trò của {member.label}
        </label>
        <select
          id={id}
          name="role"
          defaultValue={member.role}
          aria-invalid={errors.role ? true : undefined}
          className="min-h-11 rounded-md border border-stone-300 bg-white px-2"
        >
          <option value="staff">Nhân viên</option>
          <option value="admin">Quản trị viên</option>
          <option value="customer">Khách hàng (bỏ quyền quản trị)</option>
        </select>
      </div>
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? 'Đang lưu…' : 'Đổi vai trò'}
      </button>
      <div className="basis-full">
        <FormAlert state={state} alertRef={alertRef} />
      </div>
    </form>
  );
}

function DisableForm({ member }: { member: Member }) {
  const { state, pending, formRef, alertRef, onSubmit } = useActionForm(setAccountDisabledAction);
  const disabling = !member.disabled;
  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        if (disabling && !window.confirm(`Khóa tài khoản ${member.label}? Người này sẽ bị đăng xuất ngay.`)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      aria-busy={pending}
    >
      <input type="hidden" name="userId" value={member.id} />
      <input type="hidden" name="disabled" value={disabling ? 'true' : 'false'} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? 'Đang lưu…' : disabling ? 'Khóa tài khoản' : 'Mở khóa'}
      </button>
      <FormAlert state={state} alertRef={alertRef} />
    </form>
  );
}

function ResendForm({ member }: { member: Member }) {
  const { state, pending, formRef, alertRef, onSubmit } = useActionForm(resendStaffInviteAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-busy={pending}>
      <input type="hidden" name="userId" value={member.id} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? 'Đang gửi…' : 'Gửi email đặt mật khẩu'}
      </button>
      <FormAlert state={state} alertRef={alertRef} />
    </form>
  );
}

function RevokeSessionsForm({ member }: { member: Member }) {
  const { state, pending, formRef, alertRef, onSubmit } = useActionForm(revokeStaffSessionsAction);
  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        if (!window.confirm(`Đăng xuất ${member.label} khỏi mọi trình duyệt và thiết bị?`)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      aria-busy={pending}
    >
      <input type="hidden" name="userId" value={member.id} />
      <button type="submit" disabled={pending} className={secondaryButton}>
        {pending ? 'Đang đăng xuất…' : 'Đăng xuất mọi thiết bị'}
      </button>
      <FormAlert state={state} alertRef={alertRef} />
    </form>
  );
}

export function StaffRowActions({ member }: { member: Member }) {
  return (
    <div className="flex flex-col gap-3 sm:items-end">
      <RoleForm member={member} />
      <div className="flex flex-wrap gap-2">
        {!member.disabled && <ResendForm member={member} />}
        {!member.disabled && <RevokeSessionsForm member={member} />}
        <DisableForm member={member} />
      </div>
    </div>
  );
}
