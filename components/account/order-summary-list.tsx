import Link from 'next/link';
import type { OrderSummary } from '@/lib/account/orders';
import { formatVnd } from '@/lib/money';
import { formatDateTime } from '../format-date';
import { PAYMENT_METHOD_LABELS } from '../payment-method-labels';

// A list of orders, newest first: number, date, what was in it, status and total. Each row links to the order.

export function OrderSummaryList({
  orders,
  linkBase = '/account/orders',
}: {
  orders: OrderSummary[];
  linkBase?: string;
}) {
  return (
    <ul className="mt-3 divide-y divide-stone-200">
      {orders.map((o) => (
        <li key={o.number}>
          <Link
            href={`${linkBase}/${o.number}`}
            className="flex min-h-11 flex-wrap items-start justify-between gap-x-4 gap-y-1 py-3 hover:bg-stone-50"
          >
            <span className="min-w-0">
              <span className="block font-semibold text-brand-700 underline">{o.number}</span>
              <span className="block text-sm text-stone-600">
                <time dateTime={o.createdAt}>{formatDateTime(o.createdAt)}</time> ·{' '}
                {PAYMENT_METHOD_LABELS[o.paymentMethod]}
              </span>
              <span className="block text-sm text-stone-800">
                {o.firstItemName}
                {o.otherLines > 0 && ` và ${o.otherLines} sản phẩm khác`}
              </span>
            </span>
            <span className="text-right">
              <span className="block rounded-full bg-brand-50 px-3 py-0.5 text-sm font-semibold text-brand-800">
                {o.statusLabel}
              </span>
              <span className="mt-1 block font-semibold tabular-nums">{formatVnd(o.total)}</span>
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}
