'use client';

import { useActionState, useEffect, useRef } from 'react';

// A confirmation that takes one press (unsubscribe, confirm or cancel an erasure): hidden fields, a button,
// and the server's answer in place of the form once it succeeded.

export type OneButtonState = { status: 'idle' } | { status: 'done' | 'error'; message: string };
const IDLE: OneButtonState = { status: 'idle' };

type Props = {
  action: (prev: OneButtonState, form: FormData) => Promise<OneButtonState>;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  danger?: boolean;
  /** A required tick box before the button (e.g. "I understand my data will be erased"). */
  confirmLabel?: string;
};

export function OneButtonForm({ action, hidden, label, pendingLabel, danger = false, confirmLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const message = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') message.current?.focus();
  }, [state]);
  if (state.status === 'done') {
    return (
      <p
        ref={message}
        tabIndex={-1}
        role="status"
        className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900"
      >
        {state.message}
      </p>
    );
  }
  return (
    <form action={formAction} className="mt-4 space-y-3">
      {state.status === 'error' && (
        <p
          ref={message}
          tabIndex={-1}
          role="alert"
          className="rounded-md border border-brand-200 bg-brand-50 p-3 font-medium text-brand-800"
        >
          {state.message}
        </p>
      )}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {confirmLabel && (
        <label className="flex min-h-11 items-start gap-3 text-sm">
          <input type="checkbox" name="confirm" className="mt-0.5 size-5 shrink-0 accent-brand-700" />
          <span>{confirmLabel}</span>
        </label>
      )}
      <button
        type="submit"
        disabled={pending}
        className={`inline-flex min-h-11 items-center rounded-md px-5 font-semibold disabled:opacity-60 ${
          danger
            ? 'border border-brand-700 bg-white text-brand-800 hover:bg-brand-50'
            : 'bg-brand-700 text-white hover:bg-brand-800'
        }`}
      >
        {pending ? pendingLabel : label}
      </button>
    </form>
  );
}
