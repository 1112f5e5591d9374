'use client';

// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { updateProfileAction } from '@/app/(shop)/account/actions';
import { TextField } from '../checkout/text-field';
import { FormAlert, primaryButton } from './form-alert';
import { useActionForm } from './use-action-form';

export function ProfileForm({ name, phone }: { name: string; phone: string }) {
  const { state, pending, formRef, alertRef, onSubmit, values, errors } = useActionForm(updateProfileAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-busy={pending} className="space-y-4">
      <FormAlert state={state} alertRef={alertRef} />
      <TextField
        name="name"
        label="Họ và tên"
        autoComplete="name"
        maxLength={100}
        defaultValue={values.name ?? name}
        error={errors.name}
      />
      <TextField
        name="phone"
        label="Số điện thoại"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        maxLength={20}
        optional
        placeholder="0912 345 678"
        hint="Dùng để điền sẵn khi đặt hàng."
        defaultValue={values.phone ?? phone}
        error={errors.phone}
      />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Đang lưu…' : 'Lưu thông tin'}
      </button>
    </form>
  );
}
