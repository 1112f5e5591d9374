import { formatDateTime } from '@/components/format-date';
import type { PaymentStatus } from '@/lib/core/domain-types';
import { formatVnd } from '@/lib/money';
import type { AdminOrderDetail } from '@/lib/orders/admin-detail';

// Every online payment attempt of the order, for reconciling with the gateway's portal: our reference, the
// gateway's, the amount and status, and the raw messages exchanged (folded away until asked for).

const STATUS_LABELS: Record<PaymentStatus, string> = {
  pending: 'Đang chờ',
  succeeded: 'Thành công',
  failed: 'Thất bại',
  cancelled: 'Đã hủy',
  expired: 'Hết hạn',
};

const GATEWAY_LABELS = { payos: 'PayOS', vnpay: 'VNPay', momo: 'MoMo' } as const;

function Raw({ label, value }: { label: string; value: unknown }) {
  if (value === null || value === undefined) return null;
  return (
    <div>
      <p className="text-xs font-semibold text-stone-700">{label}</p>
      <pre className="mt-1 max-h-64 overflow-auto rounded bg-stone-100 p-2 text-xs">
        {JSON.stringify(value, null, 2)}
      </pre>
    </div>
  );
}

export function PaymentAttempts({ attempts }: { attempts: AdminOrderDetail['attempts'] }) {
  if (attempts.length === 0) {
    return <p className="text-sm text-stone-700">Không có giao dịch thanh toán trực tuyến.</p>;
  }
  return (
    <ul className="space-y-3">
      {attempts.map((a) => (
        <li key={a.id} className="rounded-md border border-stone-200 p-3 text-sm">
          <dl className="grid grid-cols-[9rem_1fr] gap-x-3 gap-y-1">
            <dt className="text-stone-700">Cổng</dt>
            <dd className="font-semibold">
              {GATEWAY_LABELS[a.gateway]}
              {a.sandbox && <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">sandbox</span>}
            </dd>
            <dt className="text-stone-700">Trạng thái</dt>
            <dd>{STATUS_LABELS[a.status]}</dd>
            <dt className="text-stone-700">Mã của chúng ta</dt>
            <dd className="font-mono break-all">{a.reference}</dd>
            <dt className="text-stone-700">Mã của cổng</dt>
            <dd className="font-mono break-all">{a.gatewayReference ?? '—'}</dd>
            <dt className="text-stone-700">Số tiền</dt>
            <dd className="tabular-nums">{formatVnd(a.amount)}</dd>
            <dt className="text-stone-700">Tạo lúc</dt>
            <dd>{formatDateTime(a.createdAt.toISOString())}</dd>
            {a.completedAt && (
              <>
                <dt className="text-stone-700">Kết thúc lúc</dt>
                <dd>{formatDateTime(a.completedAt.toISOString())}</dd>
              </>
            )}
            {a.error && (
              <>
                <dt className="text-stone-700">Lỗi</dt>
                <dd className="text-brand-800">{a.error}</dd>
              </>
            )}
          </dl>
          {(a.rawRequest || a.rawResponse || a.lastPayload) && (
            <details className="mt-2">
              <summary className="flex min-h-11 cursor-pointer items-center font-medium underline">
                Xem dữ liệu gốc từ cổng thanh toán
              </summary>
              <div className="mt-2 space-y-2">
                <Raw label="Yêu cầu gửi đi" value={a.rawRequest} />
                <Raw label="Phản hồi khi tạo" value={a.rawResponse} />
                <Raw label="Thông báo gần nhất (webhook)" value={a.lastPayload} />
              </div>
            </details>
          )}
        </li>
      ))}
    </ul>
  );
}
