'use client';

import { useActionState } from 'react';
import { type SimulatorFormState, simulatePaymentAction } from './actions';

const initial: SimulatorFormState = { message: null };

export function SimulatorForm({ gateway, reference }: { gateway: string; reference: string }) {
  const [state, action, pending] = useActionState(simulatePaymentAction, initial);
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="gateway" value={gateway} />
      <input type="hidden" name="reference" value={reference} />
      {state.message && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800">
          {state.message}
        </p>
      )}
      <div className="flex gap-3">
        <button
          type="submit"
          name="action"
          value="pay"
          disabled={pending}
          className="flex-1 rounded-lg bg-green-700 px-4 py-3 font-semibold text-white hover:bg-green-800 disabled:opacity-60"
        >
          Thanh toán
        </button>
        <button
          type="submit"
          name="action"
          value="cancel"
          disabled={pending}
          className="flex-1 rounded-lg border border-stone-300 px-4 py-3 font-semibold text-stone-800 hover:bg-stone-100 disabled:opacity-60"
        >
          Hủy giao dịch
        </button>
      </div>
    </form>
  );
}
