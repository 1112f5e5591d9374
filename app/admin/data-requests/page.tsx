import type { Metadata } from 'next';
import Link from 'next/link';
import { CancelRequestForm } from '@/components/admin/privacy/cancel-request-form';
import { DATA_REQUEST_STATUSES, type DataRequestStatus } from '@/db/schema';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { listDataRequests } from '@/lib/privacy/requests';
import { cancelDataRequestAction } from './actions';

export const metadata: Metadata = { title: 'Yêu cầu dữ liệu cá nhân' };

const STATUS_LABELS: Record<DataRequestStatus, string> = {
  awaiting_confirmation: 'Chờ khách xác nhận',
  scheduled: 'Đã xác nhận, chờ đến hạn',
  completed: 'Đã thực hiện',
  cancelled: 'Đã hủy',
};
const KIND_LABELS = { export: 'Tải dữ liệu', erasure: 'Xóa dữ liệu' } as const;
const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : '–';

type Props = { searchParams: Promise<{ status?: string }> };

export default async function DataRequestsPage({ searchParams }: Props) {
  await requirePermission('admin:access', '/admin/data-requests');
  const asked = (await searchParams).status;
  const status = (DATA_REQUEST_STATUSES as readonly string[]).includes(asked ?? '')
    ? (asked as DataRequestStatus)
    : undefined;
  const rows = await listDataRequests(await getDb(), { status });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Yêu cầu dữ liệu cá nhân</h1>
      <p className="text-sm text-stone-700">
        Yêu cầu xóa được thực hiện tự động sau {getEnv().DATA_ERASURE_GRACE_DAYS} ngày kể từ khi khách xác nhận (khi
        khách không còn đơn đang xử lý). Hủy một yêu cầu cần ghi lý do và được lưu vào nhật ký.
      </p>
      <nav aria-label="Lọc theo trạng thái" className="flex flex-wrap gap-2 text-sm">
        <Link href="/admin/data-requests" className="underline" aria-current={status ? undefined : 'page'}>
          Tất cả
        </Link>
        {DATA_REQUEST_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/data-requests?status=${s}`}
            className="underline"
            aria-current={status === s ? 'page' : undefined}
          >
            {STATUS_LABELS[s]}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p>Chưa có yêu cầu nào.</p>
      ) : (
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-stone-200 text-left">
              <th className="p-2">#</th>
              <th className="p-2">Loại</th>
              <th className="p-2">Khách</th>
              <th className="p-2">Trạng thái</th>
              <th className="p-2">Thời điểm</th>
              <th className="p-2">Xử lý</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-stone-100 align-top">
                <td className="p-2">{r.id}</td>
                <td className="p-2">{KIND_LABELS[r.kind]}</td>
                <td className="p-2">
                  <span className="break-all">{r.email}</span>
                  <br />
                  {r.userId ? (
                    <Link href={`/admin/customers/${r.userId}`} className="underline">
                      Tài khoản #{r.userId}
                    </Link>
                  ) : r.orderNumber ? (
                    <Link href={`/admin/orders/${r.orderNumber}`} className="underline">
                      Đơn {r.orderNumber}
                    </Link>
                  ) : null}
                  {r.ip && <span className="block text-stone-500">IP {r.ip}</span>}
                </td>
                <td className="p-2">
                  {STATUS_LABELS[r.status]}
                  {r.note && <span className="block text-stone-600">{r.note}</span>}
                </td>
                <td className="p-2">
                  Gửi: {when(r.createdAt)}
                  {r.confirmedAt && <span className="block">Xác nhận: {when(r.confirmedAt)}</span>}
                  {r.scheduledFor && r.status === 'scheduled' && (
                    <span className="block">Đến hạn: {when(r.scheduledFor)}</span>
                  )}
                  {r.completedAt && <span className="block">Xong: {when(r.completedAt)}</span>}
                  {r.cancelledAt && <span className="block">Hủy: {when(r.cancelledAt)}</span>}
                </td>
                <td className="p-2">
                  {r.kind === 'erasure' && (r.status === 'awaiting_confirmation' || r.status === 'scheduled') ? (
                    <CancelRequestForm requestId={r.id} action={cancelDataRequestAction} />
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
