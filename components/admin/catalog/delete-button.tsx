'use client';

import { useActionState } from 'react';
import { ActionAlert } from '@/components/admin/action-alert';
import { buttonClass } from '@/components/admin/fields';
import { IDLE } from '@/components/admin/action-alert';
import type { ActionState } from '@/lib/admin/action';

// Deleting a category or a brand: asks first; a refusal (it still has products) is shown as the alert.
export function DeleteButton({
  id,
  label,
  confirmText,
  action,
}: {
  id: number;
  label: string;
  confirmText: string;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (!window.confirm(confirmText)) e.preventDefault();
      }}
      className="space-y-3"
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={buttonClass.danger}>
        {label}
      </button>
      <ActionAlert state={state} />
    </form>
  );
}
