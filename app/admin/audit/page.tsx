import type { Metadata } from 'next';
import Link from 'next/link';
import { z } from 'zod';
import { listAudit } from '@/lib/audit/audit';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Nhật ký thao tác' };

const PAGE_SIZE = 50;

const querySchema = z.object({
  entityType: z
    .string()
    .regex(/^[a-z_]{1,40}$/)
    .optional()
    .catch(undefined),
  entityId: z.string().max(40).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

const dateTime = new Intl.DateTimeFormat('vi-VN', {
  dateStyle: 'short',
  timeStyle: 'medium',
  timeZone: 'Asia/Ho_Chi_Minh',
});

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Who changed what and when, newest first; filter by record (?entityType=product&entityId=12).
export default async function AuditPage({ searchParams }: Props) {
  await requirePermission('admin:access', '/admin/audit');
  const query = querySchema.parse(await searchParams);
  const entries = await listAudit(await getDb(), {
    entityType: query.entityType,
    entityId: query.entityId,
    limit: PAGE_SIZE + 1,
    offset: (query.page - 1) * PAGE_SIZE,
  });
  const hasNext = entries.length > PAGE_SIZE;
  const pageHref = (page: number) => {
    const params = new URLSearchParams();
    if (query.entityType) params.set('entityType', query.entityType);
    if (query.entityId) params.set('entityId', query.entityId);
    params.set('page', String(page));
    return `/admin/audit?${params}`;
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Nhật ký thao tác</h1>
      {query.entityType && (
        <p className="text-sm">
          Đang lọc: {query.entityType} {query.entityId ?? ''} ·{' '}
          <Link href="/admin/audit" className="underline">
            Bỏ lọc
          </Link>
        </p>
      )}
      {entries.length === 0 ? (
        <p className="text-stone-600">Chưa có thao tác nào.</p>
      ) : (
        <ol className="space-y-3">
          {entries.slice(0, PAGE_SIZE).map((e) => (
            <li
              key={e.id}
              className="rounded-lg border border-stone-200 bg-white p-3 text-sm"
              data-testid="audit-entry"
            >
              <p>
                <time dateTime={e.createdAt.toISOString()} className="text-stone-600">
                  {dateTime.format(e.createdAt)}
                </time>{' '}
                · <strong>{e.actorEmail}</strong> · <span className="font-mono">{e.action}</span> ·{' '}
                <Link
                  href={`/admin/audit?entityType=${e.entityType}&entityId=${encodeURIComponent(e.entityId)}`}
                  className="underline"
                >
                  {e.entityType} #{e.entityId}
                </Link>
              </p>
              {Object.keys(e.changes).length > 0 && (
                <table className="mt-2 w-full table-fixed text-xs">
                  <thead>
                    <tr className="text-left text-stone-600">
                      <th className="w-1/4 font-medium">Trường</th>
                      <th className="font-medium">Trước</th>
                      <th className="font-medium">Sau</th>
                    </tr>
                  </thead>
                  <tbody>
                    {Object.entries(e.changes).map(([field, change]) => (
                      <tr key={field} className="border-t border-stone-100 align-top">
                        <td className="py-1 font-mono">{field}</td>
                        <td className="break-words py-1 text-stone-700">{show(change.before)}</td>
                        <td className="break-words py-1">{show(change.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </li>
          ))}
        </ol>
      )}
      <nav aria-label="Phân trang" className="flex gap-4">
        {query.page > 1 && (
          <Link href={pageHref(query.page - 1)} className="inline-flex min-h-11 items-center underline">
            ← Trang trước
          </Link>
        )}
        {hasNext && (
          <Link href={pageHref(query.page + 1)} className="inline-flex min-h-11 items-center underline">
            Trang sau →
          </Link>
        )}
      </nav>
    </div>
  );
}
