'use client';

import { useActionState, useEffect, useRef } from 'react';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import type { AuthFormState } from '@/app/(shop)/dang-nhap/actions';
import { TextField } from '../checkout/text-field';
import { ConsentFields, type PolicyVersions } from '../legal/consent-fields';

// The account forms (sign-in, sign-up, forgot and reset password): labelled fields with the server's
// message beside each, one alert for the form, what was typed kept (never the password).

export type AuthField = {
  name: 'name' | 'email' | 'password' | 'confirmPassword';
  label: string;
  type: 'text' | 'email' | 'password';
  autoComplete: string;
  hint?: string;
  maxLength: number;
};

const INITIAL: AuthFormState = { status: 'idle' };

export function AuthForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  hidden = {},
  consent,
}: {
  action: (prev: AuthFormState, form: FormData) => Promise<AuthFormState>;
  fields: AuthField[];
  submitLabel: string;
  pendingLabel: string;
  hidden?: Record<string, string>;
  /** Sign-up: the terms and privacy versions the new account accepts. */
  consent?: PolicyVersions;
}) {
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const alert = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.status !== 'idle') alert.current?.focus();
  }, [state]);
  const values = state.status === 'error' ? state.values : {};
  const errors = state.status === 'error' ? state.fieldErrors : {};

  if (state.status === 'done') {
    return (
      <div
        ref={alert}
        tabIndex={-1}
        role="status"
        className="mt-6 rounded-md border border-emerald-200 bg-emerald-50 p-4 text-emerald-900 focus:outline-none"
      >
        {state.message}
      </div>
    );
  }
  return (
    <form action={formAction} noValidate aria-busy={pending} className="mt-6 space-y-4">
      <div ref={alert} tabIndex={-1} role="alert" className="focus:outline-none">
        {state.status === 'error' && (
          <p className="rounded-md border border-brand-200 bg-brand-50 p-3 font-medium text-brand-800">
            {state.message}
          </p>
        )}
      </div>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => (
        <TextField
          key={f.name}
          name={f.name}
          label={f.label}
          type={f.type}
          autoComplete={f.autoComplete}
          hint={f.hint}
          maxLength={f.maxLength}
          error={errors[f.name]}
          defaultValue={f.type === 'password' ? undefined : values[f.name]}
          {...(f.type === 'email' ? { inputMode: 'email' as const, autoCapitalize: 'none', spellCheck: false } : {})}
        />
      ))}
      {consent && (
        <ConsentFields versions={consent} values={values} error={errors['consent.accepted']} offerZalo={false} />
      )}
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60"
      >
        {pending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
