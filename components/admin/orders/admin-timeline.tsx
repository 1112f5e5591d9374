import { formatDateTime } from '@/components/format-date';
import { formatVnd } from '@/lib/money';
import type { AdminOrderDetail } from '@/lib/orders/admin-detail';
import { ORDER_STATUS_LABELS } from '@/lib/orders/state-machine';

// What happened to the order, oldest first: state changes (with who and why), refunds and the COD cash.

type Entry = { key: string; at: Date; title: string; detail: string | null; actor: string | null };

function entries(detail: AdminOrderDetail): Entry[] {
  const list: Entry[] = detail.events.map((e) => ({
    key: `e${e.id}`,
    at: e.createdAt,
    title: e.fromStatus
      ? `${ORDER_STATUS_LABELS[e.fromStatus]} → ${ORDER_STATUS_LABELS[e.toStatus]}`
      : ORDER_STATUS_LABELS[e.toStatus],
    detail: e.note,
    actor: e.actor,
  }));
  for (const r of detail.refunds) {
    list.push({
      key: `r${r.id}`,
      at: r.createdAt,
      title: `Hoàn tiền ${formatVnd(r.amount)}`,
      detail: [r.reason, r.reference ? `mã giao dịch ${r.reference}` : null].filter(Boolean).join(' · '),
      actor: r.actor,
    });
  }
  if (detail.order.codCollectedAt) {
    list.push({
      key: 'cod',
      at: detail.order.codCollectedAt,
      title: `Đã thu tiền COD ${formatVnd(detail.order.total)}`,
      detail: null,
      actor: null,
    });
  }
  return list.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export function AdminTimeline({ detail }: { detail: AdminOrderDetail }) {
  return (
    <ol className="space-y-3 border-l-2 border-stone-200 pl-4">
      {entries(detail).map((e) => (
        <li key={e.key} className="text-sm">
          <p className="font-semibold">{e.title}</p>
          <p className="text-stone-600">
            <time dateTime={e.at.toISOString()}>{formatDateTime(e.at.toISOString())}</time>
            {e.actor && <> · {e.actor}</>}
          </p>
          {e.detail && <p className="text-stone-800">{e.detail}</p>}
        </li>
      ))}
    </ol>
  );
}
