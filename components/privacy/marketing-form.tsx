'use client';

import { useActionState } from 'react';
import { ActionAlert, fieldErrorsOf, IDLE } from '@/components/admin/action-alert';
import type { ActionState } from '@/lib/admin/action';

// The account's marketing choices: e-mail and Zalo, each its own opt-in.

type Props = {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  initial: { email: boolean; zalo: boolean };
  phone: string | null;
};

export function MarketingForm({ action, initial, phone }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="space-y-3">
      <ActionAlert state={state} />
      <label className="flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          name="marketingEmail"
          defaultChecked={initial.email}
          className="mt-0.5 size-5 accent-brand-700"
        />
        <span>Nhận tin khuyến mãi qua thư điện tử</span>
      </label>
      <label className="flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          name="marketingZalo"
          defaultChecked={initial.zalo}
          aria-invalid={errors.marketingZalo ? true : undefined}
          className="mt-0.5 size-5 accent-brand-700"
        />
        <span>Nhận tin khuyến mãi qua Zalo {phone ? `(số ${phone})` : '(cần thêm số điện thoại)'}</span>
      </label>
      <button
        type="submit"
        disabled={pending}
        className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
      >
        {pending ? 'Đang lưu…' : 'Lưu lựa chọn'}
      </button>
    </form>
  );
}
