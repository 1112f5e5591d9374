'use client';

import { useActionState } from 'react';
import { ActionAlert, fieldErrorsOf } from '@/components/admin/action-alert';
import { buttonClass } from '@/components/admin/fields';
import { useDraft } from '@/components/admin/use-draft';
import { TextAreaField, TextField } from '@/components/checkout/text-field';
import { IDLE } from '@/components/admin/action-alert';
import type { ActionState } from '@/lib/admin/action';

export type BrandFormValues = { name: string; slug: string; country: string; description: string; website: string };

type Props = {
  id?: number;
  initial: BrandFormValues;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

export function BrandForm({ id, initial, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [draft, setDraft] = useDraft(initial);
  const errors = fieldErrorsOf(state);
  const bind = (name: keyof BrandFormValues) => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })),
  });
  return (
    <form
      action={formAction}
      noValidate
      aria-busy={pending}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <ActionAlert state={state} />
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      <TextField {...bind('name')} label="Tên thương hiệu" maxLength={120} />
      <TextField
        {...bind('slug')}
        label="Đường dẫn"
        optional
        hint="Để trống để tạo từ tên (không dấu): /thuong-hieu/…"
        spellCheck={false}
        maxLength={140}
      />
      <TextField {...bind('country')} label="Quốc gia" optional maxLength={60} />
      <TextField {...bind('website')} label="Website" optional type="url" inputMode="url" maxLength={300} />
      <TextAreaField {...bind('description')} label="Giới thiệu" optional rows={4} maxLength={2000} />
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? 'Đang lưu…' : id === undefined ? 'Tạo thương hiệu' : 'Lưu thương hiệu'}
      </button>
    </form>
  );
}
