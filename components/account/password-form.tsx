'use client';

import { useEffect } from 'react';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { changePasswordAction } from '@/app/(shop)/account/actions';
import { TextField } from '../checkout/text-field';
import { FormAlert, primaryButton } from './form-alert';
import { useActionForm } from './use-action-form';

/** Passwords never come back from the server; after a change the fields are emptied. */
export function PasswordForm() {
  const { state, pending, formRef, alertRef, onSubmit, errors } = useActionForm(changePasswordAction);
  useEffect(() => {
    if (state.status === 'ok') formRef.current?.reset();
  }, [state, formRef]);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <FormAlert state={state} alertRef={alertRef} />
      <TextField
        name="currentPassword"
        label="Mật khẩu hiện tại"
        type="password"
        autoComplete="current-password"
        maxLength={128}
        error={errors.currentPassword}
      />
      <TextField
        name="newPassword"
        label="Mật khẩu mới"
        type="password"
        autoComplete="new-password"
        maxLength={128}
        hint="Ít nhất 8 ký tự."
        error={errors.newPassword}
      />
      <TextField
        name="confirmPassword"
        label="Nhập lại mật khẩu mới"
        type="password"
        autoComplete="new-password"
        maxLength={128}
        error={errors.confirmPassword}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Đang đổi mật khẩu…' : 'Đổi mật khẩu'}
      </button>
    </form>
  );
}
