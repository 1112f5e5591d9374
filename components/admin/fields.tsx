import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { controlClass, describedBy, FieldLabel, FieldNotes, fieldId } from '@/components/checkout/text-field';

// Admin form controls that the checkout's TextField/TextAreaField do not cover: a labelled select and a
// checkbox with its hint, both with the server's error beside them.

export function SelectField({
  name,
  label,
  error,
  hint,
  optional = false,
  placeholder,
  options,
  ...select
}: {
  name: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  optional?: boolean;
  placeholder?: string;
  options: { value: string; label: string }[];
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name' | 'id'>) {
  const id = fieldId(name);
  return (
    <div>
      <FieldLabel htmlFor={id} label={label} optional={optional} />
      <select
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={controlClass(error)}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export function CheckboxField({
  name,
  label,
  error,
  hint,
  ...input
}: { name: string; label: string; error?: string; hint?: ReactNode } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'name' | 'id' | 'type'
>) {
  const id = fieldId(name);
  return (
    <div>
      <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-3">
        <input
          id={id}
          name={name}
          type="checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          className="size-5 accent-brand-700"
          {...input}
        />
        <span className="font-medium">{label}</span>
      </label>
      <FieldNotes id={id} hint={hint} error={error} />
    </div>
  );
}

export const buttonClass = {
  primary:
    'inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60',
  secondary:
    'inline-flex min-h-11 items-center justify-center rounded-md border border-stone-300 bg-white px-4 font-medium hover:bg-stone-50 disabled:cursor-not-allowed disabled:opacity-60',
  danger:
    'inline-flex min-h-11 items-center justify-center rounded-md border border-brand-700 bg-white px-4 font-medium text-brand-800 hover:bg-brand-50 disabled:cursor-not-allowed disabled:opacity-60',
} as const;
