import type { Metadata } from 'next';
import { NotFoundMessage } from '@/components/not-found-message';
import { cloudinaryCloudName } from '@/components/seo';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';

// URLs that match no route. This page is prerendered at build time, so its header has no category nav
// (that would need the database); a 404 inside the shop (unknown product, …) uses app/(shop)/not-found.tsx.

export const metadata: Metadata = { title: 'Không tìm thấy trang' };

export default function NotFound() {
  return (
    <>
      <SiteHeader categories={[]} cloudName={cloudinaryCloudName()} />
      <main id="noi-dung-chinh" className="flex-1">
        <NotFoundMessage />
      </main>
      <SiteFooter trader={null} />
    </>
  );
}
