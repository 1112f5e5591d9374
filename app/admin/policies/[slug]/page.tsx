import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PolicyEditor } from '@/components/admin/legal/policy-editor';
import { PolicyBody } from '@/components/legal/policy-body';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { getPolicy, getPolicyVersion, listPolicyVersions, policySlugSchema } from '@/lib/legal/policies';
import { savePolicyAction } from '../actions';

export const metadata: Metadata = { title: 'Sửa chính sách' };

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ v?: string }> };

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }) : 'nội dung mẫu có sẵn';

export default async function EditPolicyPage({ params, searchParams }: Props) {
  const { slug: raw } = await params;
  await requirePermission('settings:manage', `/admin/policies/${raw}`);
  const slug = policySlugSchema.safeParse(raw);
  if (!slug.success) notFound();
  const db = await getDb();
  const [current, versions] = await Promise.all([getPolicy(db, slug.data), listPolicyVersions(db, slug.data)]);
  const asked = Number((await searchParams).v);
  const viewed =
    Number.isInteger(asked) && asked > 0 && asked !== current.version
      ? await getPolicyVersion(db, slug.data, asked)
      : null;
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p>
        <Link href="/admin/policies" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Chính sách
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{current.title}</h1>
      <p className="text-sm">
        Phiên bản hiện hành: {current.version} ({when(current.createdAt)}) ·{' '}
        <Link href={`/chinh-sach/${slug.data}`} className="underline">
          Xem trên cửa hàng
        </Link>
      </p>
      {viewed && (
        <section aria-labelledby="old-version" className="rounded-lg border border-stone-300 bg-stone-50 p-4">
          <h2 id="old-version" className="mb-2 text-lg font-semibold">
            Phiên bản {viewed.version}: {viewed.title}
          </h2>
          <p className="mb-3 text-sm text-stone-600">
            {when(viewed.createdAt)} – {viewed.createdBy}. Nội dung này đã được nạp vào trình soạn thảo bên dưới: lưu để
            khôi phục thành phiên bản mới.
          </p>
          <PolicyBody html={viewed.html} />
        </section>
      )}
      <PolicyEditor
        key={viewed ? `v${viewed.version}` : 'current'}
        slug={slug.data}
        baseVersion={current.version}
        initialTitle={(viewed ?? current).title}
        initialHtml={(viewed ?? current).html}
        action={savePolicyAction}
      />
      <section aria-labelledby="history">
        <h2 id="history" className="mb-2 text-lg font-semibold">
          Lịch sử phiên bản
        </h2>
        <ol className="space-y-1 text-sm">
          {versions.map((v) => (
            <li key={v.version}>
              <Link href={`/admin/policies/${slug.data}?v=${v.version}`} className="underline">
                Phiên bản {v.version}
              </Link>{' '}
              – {v.title} – {when(v.createdAt)} – {v.createdBy}
              {v.isTemplate ? ' (nội dung mẫu)' : ''}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
