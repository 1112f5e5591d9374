'use client';

import { useActionState } from 'react';
import { ActionAlert, fieldErrorsOf, IDLE } from '@/components/admin/action-alert';
import { buttonClass } from '@/components/admin/fields';
import { TextField } from '@/components/checkout/text-field';
import type { ActionState } from '@/lib/admin/action';

type Props = { requestId: number; action: (prev: ActionState, form: FormData) => Promise<ActionState> };

/** Stops an open erasure request; the reason goes to the request and the audit log. */
export function CancelRequestForm({ requestId, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const errors = fieldErrorsOf(state);
  return (
    <form action={formAction} className="space-y-2">
      <ActionAlert state={state} />
      <input type="hidden" name="requestId" value={requestId} />
      <TextField
        name="reason"
        id={`reason-${requestId}`}
        label="Lý do hủy"
        maxLength={300}
        error={errors.reason}
        defaultValue={state.status === 'error' ? state.values?.reason : undefined}
      />
      <button type="submit" disabled={pending} className={buttonClass.danger}>
        {pending ? 'Đang hủy…' : 'Hủy yêu cầu'}
      </button>
    </form>
  );
}
