import type { ReactNode } from 'react';
import { cloudinaryCloudName } from '@/components/seo';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getCategoriesCached } from '@/lib/catalog/cached';

// The shop chrome. It sits in a route group rather than the root layout because the category nav reads the
// catalog, and the root layout also wraps the 404 page that `next build` prerenders without a database.

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const categories = await getCategoriesCached();
  const topLevel = categories.filter((c) => c.parentId === null);
  return (
    <>
      <SiteHeader categories={topLevel} cloudName={cloudinaryCloudName()} />
      <main id="noi-dung-chinh" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
