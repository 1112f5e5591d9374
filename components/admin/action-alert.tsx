'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/admin/action';

// The message of an admin form's last submission: an error as an alert, a success as a status, focused so
// that keyboard and screen-reader users learn the outcome. A success with redirectTo moves on to that page.

export function ActionAlert({ state, className = '' }: { state: ActionState; className?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const router = useRouter();
  useEffect(() => {
    if (state.status === 'ok' && state.redirectTo) {
      router.push(state.redirectTo);
      return;
    }
    if (state.status !== 'idle') ref.current?.focus();
  }, [state, router]);
  if (state.status === 'idle') return <div ref={ref} tabIndex={-1} />;
  const ok = state.status === 'ok';
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role={ok ? 'status' : 'alert'}
      className={`rounded-md border p-3 font-medium focus:outline-none ${
        ok ? 'border-emerald-200 bg-emerald-50 text-emerald-900' : 'border-brand-200 bg-brand-50 text-brand-800'
      } ${className}`}
    >
      {state.message}
    </div>
  );
}

/** useActionState's first state. Here, not in lib/admin/action.ts: that module is server-only (it reads the session). */
export const IDLE: ActionState = { status: 'idle' };

export const fieldErrorsOf = (state: ActionState): Record<string, string> =>
  state.status === 'error' ? state.fieldErrors : {};
