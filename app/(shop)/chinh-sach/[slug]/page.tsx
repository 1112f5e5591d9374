import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PolicyBody } from '@/components/legal/policy-body';
import { POLICY_SLUGS, type PolicySlug } from '@/db/schema';
import { getPolicyCached } from '@/lib/legal/cached';

// ISR: rendered on the first request for a page, then served from cache; an /admin save expires it at once.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

const isPolicySlug = (slug: string): slug is PolicySlug => (POLICY_SLUGS as readonly string[]).includes(slug);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  if (!isPolicySlug(slug)) return { title: 'Không tìm thấy trang' };
  const policy = await getPolicyCached(slug);
  return { title: policy.title, alternates: { canonical: `/chinh-sach/${slug}` } };
}

export default async function PolicyPage({ params }: Props) {
  const { slug } = await params;
  if (!isPolicySlug(slug)) notFound();
  const policy = await getPolicyCached(slug);
  return (
    <article className="mx-auto max-w-3xl px-4 py-8 leading-relaxed">
      <h1 className="mb-2 text-2xl font-bold sm:text-3xl">{policy.title}</h1>
      <p className="mb-6 text-sm text-stone-600">
        Phiên bản {policy.version}
        {policy.createdAt
          ? `, cập nhật ngày ${new Date(policy.createdAt).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}`
          : ''}
      </p>
      {policy.isTemplate && (
        <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Nội dung mẫu: cửa hàng sẽ cập nhật văn bản chính thức.
        </p>
      )}
      <PolicyBody html={policy.html} />
    </article>
  );
}
