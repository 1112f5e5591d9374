import type { Ref } from 'react';
import type { ActionState } from '@/lib/admin/action';

// The answer to a form: a success politely (status), a failure at once (alert). Both regions stay in the DOM
// so that screen readers announce what appears in them.

export function FormAlert({ state, alertRef }: { state: ActionState; alertRef?: Ref<HTMLDivElement> }) {
  return (
    <div ref={alertRef} tabIndex={-1} className="focus:outline-none">
      <div role="status">
        {state.status === 'ok' && !state.redirectTo && (
          <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">
            {state.message}
          </p>
        )}
      </div>
      <div role="alert">
        {state.status === 'error' && (
          <p className="rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800">
            {state.message}
          </p>
        )}
      </div>
    </div>
  );
}

export const primaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60';
export const secondaryButton =
  'inline-flex min-h-11 items-center justify-center rounded-md border border-stone-300 bg-white px-4 font-semibold text-stone-800 hover:border-brand-600 hover:text-brand-700 disabled:cursor-not-allowed disabled:opacity-60';
