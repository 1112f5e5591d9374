import type { OrderStatus } from '@/lib/core/domain-types';
import type { OrderView } from '@/lib/orders/dto';
import { ORDER_STATUS_LABELS } from '@/lib/orders/state-machine';
import { formatDateTime } from '../format-date';

// What has happened to the order (each step with its time) and, while it is on its way, the steps still to come.
// An order that ended early (cancelled, expired, failed) shows only what happened.

const COD_PATH: OrderStatus[] = ['placed', 'processing', 'shipped', 'delivered', 'completed'];
const ONLINE_PATH: OrderStatus[] = ['pending_payment', 'paid', 'processing', 'shipped', 'delivered', 'completed'];

function upcoming(order: OrderView): OrderStatus[] {
  const path = order.paymentMethod === 'cod' ? COD_PATH : ONLINE_PATH;
  const at = path.indexOf(order.status);
  return at === -1 ? [] : path.slice(at + 1);
}

export function OrderTimeline({ order }: { order: OrderView }) {
  const next = upcoming(order);
  const last = order.timeline.length - 1;
  return (
    <ol className="space-y-0">
      {order.timeline.map((event, i) => (
        <li key={`${event.status}-${event.at}`} className="relative flex gap-3 pb-5 last:pb-0">
          {(i < last || next.length > 0) && (
            <span aria-hidden="true" className="absolute top-5 bottom-0 left-[9px] w-0.5 bg-brand-200" />
          )}
          <span
            aria-hidden="true"
            className="relative mt-0.5 size-5 shrink-0 rounded-full border-4 border-brand-700 bg-white"
          />
          <div>
            <p className="font-semibold">
              {event.label}
              {i === last && <span className="sr-only"> (trạng thái hiện tại)</span>}
            </p>
            <p className="text-sm text-stone-600">
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
            </p>
            {event.note && <p className="text-sm text-stone-700">{event.note}</p>}
          </div>
        </li>
      ))}
      {next.map((status, i) => (
        <li key={status} className="relative flex gap-3 pb-5 last:pb-0">
          {i < next.length - 1 && (
            <span aria-hidden="true" className="absolute top-5 bottom-0 left-[9px] w-0.5 bg-stone-200" />
          )}
          <span
            aria-hidden="true"
            className="relative mt-0.5 size-5 shrink-0 rounded-full border-2 border-stone-300 bg-white"
          />
          <p className="text-stone-600">
            {ORDER_STATUS_LABELS[status]}
            <span className="sr-only"> (chưa diễn ra)</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
