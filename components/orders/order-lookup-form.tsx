'use client';

import { useActionState, useEffect, useRef } from 'react';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { lookupOrderAction, type OrderLookupState } from '@/app/(shop)/tra-cuu-don-hang/actions';
import { TextField } from '../checkout/text-field';

// Order number + phone. The answer to a miss is one message for the whole form (which field was wrong is not
// revealed), so it is shown above the fields rather than beside one of them; what was typed stays.

const INITIAL: OrderLookupState = { status: 'idle' };

export function OrderLookupForm() {
  const [state, formAction, pending] = useActionState(lookupOrderAction, INITIAL);
  const values = state.status === 'error' ? state.values : { number: '', phone: '' };
  const alert = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.status === 'error') alert.current?.focus();
  }, [state]);

  return (
    <form
      action={formAction}
      onSubmit={(e) => pending && e.preventDefault()}
      noValidate
      aria-busy={pending}
      className="mt-6 space-y-4"
    >
      <div ref={alert} tabIndex={-1} role="alert" className="focus:outline-none">
        {state.status === 'error' && (
          <p className="rounded-md border border-brand-200 bg-brand-50 p-3 font-medium text-brand-800">
            {state.message}
          </p>
        )}
      </div>
      <TextField
        name="number"
        label="Mã đơn hàng"
        defaultValue={values.number}
        hint="Có trong email xác nhận, ví dụ ATL-000123."
        maxLength={20}
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
      />
      <TextField
        name="phone"
        label="Số điện thoại đặt hàng"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        defaultValue={values.phone}
        maxLength={20}
      />
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 w-full rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60 sm:w-auto"
      >
        {pending ? 'Đang tra cứu…' : 'Tra cứu'}
      </button>
    </form>
  );
}
