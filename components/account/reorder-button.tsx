'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useRef } from 'react';
// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { reorderAction } from '@/app/(shop)/account/actions';
import type { ReorderState } from '@/lib/account/reorder';
import { useCart } from '../cart/cart-provider';
import { primaryButton } from './form-alert';

// "Mua lại": the order's lines go into the cart, then the cart page, which shows what could not be added (the
// message travels in the cart provider, which the shop layout keeps across the navigation).

export function ReorderButton({ number }: { number: string }) {
  const [state, action, pending] = useActionState(reorderAction, { status: 'idle' } as ReorderState);
  const { announce, refresh } = useCart();
  const router = useRouter();
  const alert = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.status === 'done') {
      announce({ tone: state.tone, text: state.message });
      refresh();
      router.push('/gio-hang');
    } else if (state.status === 'error') {
      alert.current?.focus();
    }
  }, [state, announce, refresh, router]);

  return (
    <form action={action}>
      <input type="hidden" name="number" value={number} />
      <button type="submit" disabled={pending} className={primaryButton}>
        {pending ? 'Đang thêm vào giỏ…' : 'Mua lại'}
      </button>
      <div role="alert">
        {state.status === 'error' && (
          <p
            ref={alert}
            tabIndex={-1}
            className="mt-2 rounded-md border border-brand-200 bg-brand-50 px-3 py-2 text-sm font-medium text-brand-800"
          >
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
