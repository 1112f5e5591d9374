import type { Metadata } from 'next';
import { formatDateTime } from '@/components/format-date';
import { DeadOutboxRowAction, FailedJobActions } from '@/components/admin/jobs/job-actions';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { getOutboxBacklog, getQueuesOverview } from '@/lib/jobs/admin';

export const metadata: Metadata = { title: 'Tác vụ nền' };

const COUNT_LABELS = {
  waiting: 'Đang chờ',
  active: 'Đang chạy',
  delayed: 'Hẹn giờ',
  failed: 'Lỗi',
  completed: 'Xong (còn lưu)',
  prioritized: 'Ưu tiên',
} as const;

// Background work: the job queues (counts, failed jobs to retry or discard) and the outbox in the database.
export default async function AdminJobsPage() {
  await requirePermission('jobs:manage', '/admin/jobs');
  const [overview, backlog] = await Promise.all([getQueuesOverview(), getOutboxBacklog(await getDb())]);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Tác vụ nền</h1>
        <p className="mt-1 text-sm text-stone-700">
          Email và các việc định kỳ chạy qua hàng đợi trên Redis; bảng outbox trong cơ sở dữ liệu là nguồn gốc: việc nào
          mất khỏi Redis sẽ được đưa lại vào hàng đợi.
        </p>
      </div>

      <section aria-labelledby="outbox" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="outbox" className="mb-2 font-semibold">
          Outbox
        </h2>
        <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
          <div>
            <dt className="text-stone-600">Chờ gửi</dt>
            <dd className="text-lg font-semibold">{backlog.pending}</dd>
          </div>
          <div>
            <dt className="text-stone-600">Đang gửi</dt>
            <dd className="text-lg font-semibold">{backlog.leased}</dd>
          </div>
          <div>
            <dt className="text-stone-600">Cũ nhất đang chờ</dt>
            <dd className="text-lg font-semibold">
              {backlog.oldestPendingSeconds === null ? '—' : `${backlog.oldestPendingSeconds} giây`}
            </dd>
          </div>
          <div>
            <dt className="text-stone-600">Lỗi hẳn (dead)</dt>
            <dd className="text-lg font-semibold">{backlog.dead}</dd>
          </div>
        </dl>
        {backlog.byKind.length > 0 && (
          <ul className="mt-3 text-sm">
            {backlog.byKind.map((k) => (
              <li key={k.kind}>
                {k.kind}: {k.pending}
              </li>
            ))}
          </ul>
        )}
        {backlog.deadRows.length > 0 && (
          <table className="mt-4 w-full text-left text-sm">
            <caption className="sr-only">Dòng outbox lỗi hẳn</caption>
            <thead>
              <tr>
                <th className="py-1">#</th>
                <th>Loại</th>
                <th>Lần thử</th>
                <th>Lỗi cuối</th>
                <th>Tạo lúc</th>
                <th>
                  <span className="sr-only">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {backlog.deadRows.map((row) => (
                <tr key={row.id} className="border-t border-stone-100 align-top">
                  <td className="py-1">{row.id}</td>
                  <td>{row.kind}</td>
                  <td>{row.attempts}</td>
                  <td className="max-w-xs break-words">{row.lastError ?? '—'}</td>
                  <td>{formatDateTime(row.createdAt.toISOString())}</td>
                  <td>
                    <DeadOutboxRowAction outboxId={row.id} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {overview.available ? (
        overview.queues.map((queue) => (
          <section
            key={queue.name}
            aria-labelledby={`queue-${queue.name}`}
            className="rounded-lg border border-stone-200 bg-white p-4"
          >
            <h2 id={`queue-${queue.name}`} className="mb-2 font-semibold">
              Hàng đợi {queue.name}
            </h2>
            <dl className="grid grid-cols-3 gap-2 text-sm sm:grid-cols-6">
              {(Object.keys(COUNT_LABELS) as (keyof typeof COUNT_LABELS)[]).map((k) => (
                <div key={k}>
                  <dt className="text-stone-600">{COUNT_LABELS[k]}</dt>
                  <dd className="text-lg font-semibold">{queue.counts[k]}</dd>
                </div>
              ))}
            </dl>
            {queue.failed.length > 0 && (
              <ul className="mt-4 space-y-3">
                {queue.failed.map((job) => (
                  <li key={job.id} aria-label={`Việc lỗi ${job.id}`} className="rounded border border-stone-200 p-3">
                    <p className="text-sm font-semibold">
                      {job.name} · {job.id}
                      {job.outboxId !== null && <span className="font-normal"> · outbox #{job.outboxId}</span>}
                    </p>
                    <p className="text-sm text-stone-700">
                      {job.attempts} lần thử{job.failedAt ? ` · ${formatDateTime(job.failedAt.toISOString())}` : ''}
                    </p>
                    <p className="mb-2 break-words text-sm text-brand-800">{job.reason || '—'}</p>
                    <FailedJobActions queue={queue.name} jobId={job.id} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))
      ) : (
        <p className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-sm">
          {overview.reason === 'no-redis'
            ? 'Chưa cấu hình REDIS_URL: không có hàng đợi, outbox được gửi ngay trong tiến trình máy chủ.'
            : 'Không kết nối được Redis: hàng đợi tạm thời không xem được; outbox vẫn được gửi trực tiếp.'}
        </p>
      )}
    </div>
  );
}
