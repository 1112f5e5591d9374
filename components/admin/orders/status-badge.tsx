import type { OrderStatus } from '@/lib/core/domain-types';
import { ORDER_STATUS_LABELS } from '@/lib/orders/state-machine';

// Colours pass 4.5:1 contrast on their backgrounds; the label carries the meaning, the colour only helps.
const TONE: Record<OrderStatus, string> = {
  pending_payment: 'bg-amber-100 text-amber-900',
  placed: 'bg-sky-100 text-sky-900',
  paid: 'bg-sky-100 text-sky-900',
  processing: 'bg-indigo-100 text-indigo-900',
  shipped: 'bg-violet-100 text-violet-900',
  delivered: 'bg-emerald-100 text-emerald-900',
  completed: 'bg-emerald-100 text-emerald-900',
  cancelled: 'bg-stone-200 text-stone-800',
  expired: 'bg-stone-200 text-stone-800',
  failed: 'bg-stone-200 text-stone-800',
};

export function StatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${TONE[status]}`}>
      {ORDER_STATUS_LABELS[status]}
    </span>
  );
}
