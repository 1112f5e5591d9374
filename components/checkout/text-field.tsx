import type { InputHTMLAttributes, ReactNode, TextareaHTMLAttributes } from 'react';

// A labelled field with its hint and the server's error beside it (aria-invalid, aria-describedby). Field names are
// the checkout form's dotted paths ('contact.phone'); ids replace the dots so that they also work in CSS selectors.

export const fieldId = (name: string) => `f-${name.replace(/\./g, '-')}`;

type Common = { name: string; label: string; error?: string; hint?: ReactNode; optional?: boolean };

export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

export function FieldLabel({ htmlFor, label, optional }: { htmlFor: string; label: string; optional?: boolean }) {
  return (
    <label htmlFor={htmlFor} className="mb-1 block text-sm font-semibold">
      {label}
      {optional && <span className="font-normal text-stone-600"> (không bắt buộc)</span>}
    </label>
  );
}

export function FieldNotes({ id, hint, error }: { id: string; hint?: ReactNode; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-brand-800">
          {error}
        </p>
      )}
    </>
  );
}

export const controlClass = (error?: string) =>
  `min-h-11 w-full rounded-md border bg-white px-3 text-base disabled:bg-stone-100 disabled:text-stone-600 ${
    error ? 'border-brand-700' : 'border-stone-300'
  }`;

/** `id` defaults to one derived from the name; pass one when several forms on a page share field names. */
export function TextField({
  name,
  label,
  error,
  hint,
  optional = false,
  id: givenId,
  ...input
}: Common & { id?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'id'>) {
  const id = givenId ?? fieldId(name);
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      <input
        id={id}
        name={name}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClass(error)}
        {...input}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function TextAreaField({
  name,
  label,
  error,
  hint,
  optional = false,
  ...textarea
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name' | 'id'>) {
  const id = fieldId(name);
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      <textarea
        id={id}
        name={name}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={`${controlClass(error)} py-2`}
        {...textarea}
      />
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}
