'use client';

import { useActionState, useEffect, useRef } from 'react';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { type ContinuePaymentState, continuePaymentAction } from '@/app/(shop)/don-hang/[number]/actions';
import type { PaymentMethod } from '@/lib/core/domain-types';
import { PAYMENT_METHOD_HINTS, PAYMENT_METHOD_LABELS } from '../payment-method-labels';

// "Tiếp tục thanh toán" for an order that still waits for payment: pay again through any gateway the shop
// offers, or switch to cash on delivery. The order number and its token ride along as hidden fields (the
// server checks the token again); a refusal comes back as one message and nothing changes.

type Props = {
  orderNumber: string;
  token: string;
  methods: PaymentMethod[];
  current: PaymentMethod;
};

const INITIAL: ContinuePaymentState = { status: 'idle' };

export function ContinuePaymentForm({ orderNumber, token, methods, current }: Props) {
  const [state, formAction, pending] = useActionState(continuePaymentAction, INITIAL);
  const alert = useRef<HTMLDivElement>(null);
  // After a refusal the form resets to its defaults: keep what the shopper had chosen.
  const tried = state.status === 'error' ? methods.find((m) => m === state.paymentMethod) : undefined;
  const chosen = tried ?? (methods.includes(current) ? current : methods[0]);

  useEffect(() => {
    if (state.status === 'error') alert.current?.focus();
  }, [state]);

  return (
    <section aria-labelledby="continue-payment" className="rounded-lg border border-amber-300 bg-amber-50/50 p-4">
      <h2 id="continue-payment" className="text-lg font-bold">
        Tiếp tục thanh toán
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        Đơn hàng đang chờ thanh toán. Bạn có thể thanh toán lại, đổi cổng thanh toán hoặc chuyển sang thanh toán khi
        nhận hàng.
      </p>
      <form
        action={formAction}
        onSubmit={(e) => pending && e.preventDefault()}
        noValidate
        aria-busy={pending}
        className="mt-3 space-y-3"
      >
        <input type="hidden" name="number" value={orderNumber} />
        <input type="hidden" name="token" value={token} />
        <div ref={alert} tabIndex={-1} role="alert" className="focus:outline-none">
          {state.status === 'error' && (
            <p className="rounded-md border border-brand-200 bg-brand-50 p-3 font-medium text-brand-800">
              {state.message}
            </p>
          )}
        </div>
        <fieldset>
          <legend className="sr-only">Phương thức thanh toán</legend>
          <div className="space-y-2">
            {methods.map((method) => (
              <label
                key={method}
                className="flex min-h-11 cursor-pointer items-start gap-3 rounded-md border border-stone-300 bg-white p-3 has-checked:border-brand-700 has-checked:bg-brand-50"
              >
                <input
                  type="radio"
                  name="paymentMethod"
                  value={method}
                  defaultChecked={method === chosen}
                  className="mt-0.5 size-5 shrink-0 accent-brand-700"
                />
                <span>
                  <span className="block font-semibold">{PAYMENT_METHOD_LABELS[method]}</span>
                  <span className="block text-sm text-stone-600">{PAYMENT_METHOD_HINTS[method]}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <button
          type="submit"
          disabled={pending}
          className="min-h-12 w-full rounded-md bg-brand-700 px-6 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60 sm:w-auto"
        >
          {pending ? 'Đang xử lý…' : 'Tiếp tục thanh toán'}
        </button>
      </form>
    </section>
  );
}
