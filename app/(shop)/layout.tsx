import type { ReactNode } from 'react';
import { CartProvider } from '@/components/cart/cart-provider';
import { cloudinaryCloudName } from '@/components/seo';
import { SiteFooter } from '@/components/site-footer';
import { SiteHeader } from '@/components/site-header';
import { getCategoriesCached } from '@/lib/catalog/cached';
import { getTraderInfoCached } from '@/lib/legal/cached';

// The shop chrome. It sits in a route group rather than the root layout because the category nav reads the
// catalog, and the root layout also wraps the 404 page that `next build` prerenders without a database.

export default async function ShopLayout({ children }: { children: ReactNode }) {
  const [categories, trader] = await Promise.all([getCategoriesCached(), getTraderInfoCached()]);
  const topLevel = categories.filter((c) => c.parentId === null);
  const cloudName = cloudinaryCloudName();
  // The cart is loaded in the browser after mount: this layout and the catalog pages are cached for everyone
  // and must not read the cart cookie.
  return (
    <CartProvider cloudName={cloudName}>
      <SiteHeader categories={topLevel} cloudName={cloudName} shop={{ name: trader.storeName, phone: trader.phone }} />
      <main id="noi-dung-chinh" className="flex-1">
        {children}
      </main>
      <SiteFooter trader={trader} />
    </CartProvider>
  );
}
