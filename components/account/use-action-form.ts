'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from 'react';
import type { ActionState } from '@/lib/admin/action';

// The small forms of the account area and /admin/staff. Submitted by hand rather than left to <form action>:
// React resets a form after its action, and a <select> does not take a new defaultValue, so a failed attempt
// would lose the chosen province and ward. After an answer, focus goes to the first field with an error, or to
// the message; an answer with redirectTo moves on.

export function useActionForm(action: (prev: ActionState, form: FormData) => Promise<ActionState>) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as ActionState);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const router = useRouter();

  useEffect(() => {
    if (state.status === 'idle') return;
    if (state.status === 'ok' && state.redirectTo) {
      router.push(state.redirectTo);
      return;
    }
    const firstInvalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (firstInvalid ?? alertRef.current)?.focus();
  }, [state, router]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  }

  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};
  return { state, formAction, pending, formRef, alertRef, onSubmit, values, errors };
}
