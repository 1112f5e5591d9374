'use client';

import { useState } from 'react';

// − / number / +. The buttons change the quantity at once; a typed number is applied on Enter or when the field
// loses focus, clamped to [min, max]. Buttons at a limit are aria-disabled rather than disabled, so that keyboard
// focus stays on them when the limit is reached.

type Props = {
  value: number;
  max: number;
  min?: number;
  onChange: (quantity: number) => void;
  /** Names the group for screen readers, e.g. 'Số lượng Loa JBL Charge 5'. */
  label: string;
  id?: string;
};

const buttonClass =
  'flex w-11 shrink-0 items-center justify-center text-xl font-semibold text-stone-800 hover:bg-stone-100 aria-disabled:cursor-not-allowed aria-disabled:text-stone-400 aria-disabled:hover:bg-transparent';

export function QuantityStepper({ value, max, min = 1, onChange, label, id }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const atMin = value <= min;
  const atMax = value >= max;

  function commit() {
    if (draft === null) return;
    setDraft(null);
    const typed = Number.parseInt(draft, 10);
    if (!Number.isFinite(typed)) return;
    const quantity = Math.min(Math.max(typed, min), max);
    if (quantity !== value) onChange(quantity);
  }

  return (
    <fieldset
      aria-label={label}
      className="inline-flex h-11 items-stretch overflow-hidden rounded-md border border-stone-300 bg-white"
    >
      <button
        type="button"
        aria-label="Giảm số lượng"
        aria-disabled={atMin}
        onClick={() => !atMin && onChange(Math.min(value - 1, max))}
        className={buttonClass}
      >
        <span aria-hidden="true">−</span>
      </button>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft ?? String(value)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
        aria-label="Số lượng"
        className="w-12 border-x border-stone-300 text-center text-base tabular-nums [appearance:textfield] [&::-webkit-inner-spin-button]:appearance-none [&::-webkit-outer-spin-button]:appearance-none"
      />
      <button
        type="button"
        aria-label="Tăng số lượng"
        aria-disabled={atMax}
        onClick={() => !atMax && onChange(value + 1)}
        className={buttonClass}
      >
        <span aria-hidden="true">+</span>
      </button>
    </fieldset>
  );
}
