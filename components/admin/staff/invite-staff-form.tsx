'use client';

import { useEffect } from 'react';
// biome-ignore lint/style/noRestrictedImports: these server actions still live under app/
import { inviteStaffAction } from '@/app/admin/staff/actions';
import { FormAlert, primaryButton } from '@/components/account/form-alert';
import { useActionForm } from '@/components/account/use-action-form';
import {
  controlClass,
  describedBy,
  FieldLabel,
  FieldNotes,
  fieldId,
  TextField,
} from '@/components/checkout/text-field';

export function InviteStaffForm() {
  const { state, pending, formRef, alertRef, onSubmit, values, errors } = useActionForm(inviteStaffAction);
  useEffect(() => {
    if (state.status === 'ok') formRef.current?.reset();
  }, [state, formRef]);
  const roleId = fieldId('role');
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <FormAlert state={state} alertRef={alertRef} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          name="email"
          label="Email"
          type="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          autoComplete="off"
          maxLength={254}
          defaultValue={values.email ?? ''}
          error={errors.email}
        />
        <TextField name="name" label="Họ và tên" maxLength={100} defaultValue={values.name ?? ''} error={errors.name} />
        <div>
          <FieldLabel htmlFor={roleId} label="Vai trò" />
          <select
            id={roleId}
            name="role"
            defaultValue={values.role ?? 'staff'}
            aria-invalid={errors.role ? true : undefined}
            aria-describedby={describedBy(roleId, false, errors.role)}
            className={controlClass(errors.role)}
          >
            <option value="staff">Nhân viên</option>
            <option value="admin">Quản trị viên</option>
          </select>
          <FieldNotes id={roleId} error={errors.role} />
        </div>
      </div>
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Đang gửi lời mời…' : 'Tạo tài khoản và gửi email'}
      </button>
    </form>
  );
}
