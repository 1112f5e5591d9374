'use client';

import { useActionState, useEffect, useState } from 'react';
// biome-ignore lint/style/noRestrictedImports: these server actions still live under app/
import { adjustStockAction } from '@/app/admin/stock/actions';
import { FieldNotes, TextAreaField, TextField } from '@/components/checkout/text-field';
import type { ActionState } from '@/lib/admin/action';
import {
  ADJUST_MODE_LABELS,
  type AdjustMode,
  MANUAL_STOCK_REASONS,
  type ManualStockReason,
  MODES_FOR_REASON,
  STOCK_REASON_LABELS,
} from '@/lib/inventory/labels';
import { FormAlert } from '../form-alert';

// Adjusting one variant's stock. The quantity has no sign (a phone's number pad has no minus key): the reason
// and the mode say which way it goes, and only the modes that fit the reason are offered.

const QUANTITY_LABELS: Record<AdjustMode, string> = {
  add: 'Số lượng cộng thêm',
  remove: 'Số lượng trừ bớt',
  set: 'Số lượng đếm được',
};

const IDLE: ActionState = { status: 'idle' };

const radioClass =
  'flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-stone-300 bg-white px-3 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50';

export function StockAdjustForm({ variantId, stock }: { variantId: number; stock: number }) {
  const [state, formAction, pending] = useActionState(adjustStockAction, IDLE);
  const [reason, setReason] = useState<ManualStockReason>('received');
  const [mode, setMode] = useState<AdjustMode>('add');
  const [quantity, setQuantity] = useState('');
  useEffect(() => {
    if (state.status === 'ok') setQuantity('');
  }, [state]);
  const modes = MODES_FOR_REASON[reason];
  const errors = state.status === 'error' ? state.fieldErrors : {};
  const values = state.status === 'error' ? (state.values ?? {}) : {};

  const chooseReason = (next: ManualStockReason) => {
    setReason(next);
    const allowed = MODES_FOR_REASON[next];
    if (!allowed.includes(mode)) setMode(allowed[0] ?? 'add');
  };
  const n = Number(quantity.replace(/[\s.,]/g, ''));
  const preview =
    quantity && Number.isSafeInteger(n) && n >= 0
      ? mode === 'set'
        ? n
        : mode === 'add'
          ? stock + n
          : stock - n
      : null;

  return (
    <form action={formAction} noValidate aria-busy={pending} className="space-y-4">
      <FormAlert state={state} />
      <input type="hidden" name="variantId" value={variantId} />
      <fieldset aria-describedby={errors.reason ? 'f-reason-error' : undefined}>
        <legend className="mb-1 text-sm font-semibold">Lý do</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {MANUAL_STOCK_REASONS.map((r) => (
            <label key={r} className={radioClass}>
              <input
                type="radio"
                name="reason"
                value={r}
                checked={reason === r}
                onChange={() => chooseReason(r)}
                className="size-4 accent-brand-700"
              />
              {STOCK_REASON_LABELS[r]}
            </label>
          ))}
        </div>
        <FieldNotes id="f-reason" error={errors.reason} />
      </fieldset>
      <fieldset aria-describedby={errors.mode ? 'f-mode-error' : undefined}>
        <legend className="mb-1 text-sm font-semibold">Cách điều chỉnh</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {modes.map((m) => (
            <label key={m} className={radioClass}>
              <input
                type="radio"
                name="mode"
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
                className="size-4 accent-brand-700"
              />
              {ADJUST_MODE_LABELS[m]}
            </label>
          ))}
        </div>
        <FieldNotes id="f-mode" error={errors.mode} />
      </fieldset>
      <TextField
        name="quantity"
        label={QUANTITY_LABELS[mode]}
        inputMode="numeric"
        autoComplete="off"
        maxLength={9}
        value={quantity}
        onChange={(e) => setQuantity(e.target.value)}
        error={errors.quantity}
        hint={
          preview === null
            ? `Tồn kho hiện tại: ${stock}`
            : `Tồn kho hiện tại: ${stock} → sau điều chỉnh: ${preview < 0 ? 'không đủ hàng để trừ' : preview}`
        }
      />
      <TextAreaField
        name="note"
        label="Ghi chú"
        optional
        rows={2}
        maxLength={500}
        defaultValue={values.note}
        error={errors.note}
        hint="Ví dụ: số phiếu nhập, tình trạng hàng hỏng."
      />
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60 sm:w-auto"
      >
        {pending ? 'Đang lưu…' : 'Lưu điều chỉnh'}
      </button>
    </form>
  );
}
