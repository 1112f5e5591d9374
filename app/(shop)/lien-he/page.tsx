import type { Metadata } from 'next';
import { TraderDetails } from '@/components/legal/trader-details';
import { getTraderInfoCached } from '@/lib/legal/cached';

// Rendered on request from the cached trader information (an /admin save expires it): the build has no database.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: 'Liên hệ',
  description: 'Thông tin doanh nghiệp, địa chỉ, điện thoại và email của Audio Tài Lộc.',
  alternates: { canonical: '/lien-he' },
};

export default async function ContactPage() {
  const trader = await getTraderInfoCached();
  return (
    <article className="mx-auto max-w-3xl px-4 py-8 leading-relaxed">
      <h1 className="mb-4 text-2xl font-bold sm:text-3xl">Liên hệ</h1>
      <TraderDetails trader={trader} />
    </article>
  );
}
