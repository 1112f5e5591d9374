'use client';

import { useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/admin/action';

// The one message an admin form shows after it was sent: focused, so that a screen reader reads it and a phone
// scrolls to it; green for done, red for refused (with the fields marked beside them).
export function FormAlert({ state }: { state: ActionState }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') ref.current?.focus();
  }, [state]);
  return (
    <div ref={ref} tabIndex={-1} role={state.status === 'error' ? 'alert' : 'status'} className="focus:outline-none">
      {state.status === 'error' && (
        <p className="rounded-md border border-brand-200 bg-brand-50 p-3 font-medium text-brand-800">{state.message}</p>
      )}
      {state.status === 'ok' && (
        <p className="rounded-md border border-emerald-200 bg-emerald-50 p-3 font-medium text-emerald-900">
          {state.message}
        </p>
      )}
    </div>
  );
}
