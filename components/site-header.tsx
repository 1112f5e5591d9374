import Link from 'next/link';
import type { CategoryDto } from '@/lib/catalog/dto';
import { CartBadge } from './cart/cart-badge';
import { SearchBox } from './search-box';
import { telHref } from './legal/trader-format';

type Props = {
  /** Top-level categories for the nav; empty where the page must not query the database (the static 404). */
  categories: Pick<CategoryDto, 'id' | 'slug' | 'name'>[];
  cloudName?: string;
  /** From the trader information; the static 404 page has none and shows no number. */
  shop?: { name: string; phone: string };
};

export function SiteHeader({ categories, cloudName, shop }: Props) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <a
        href="#noi-dung-chinh"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-4 focus:py-3 focus:shadow"
      >
        Bỏ qua đến nội dung chính
      </a>
      <div className="mx-auto flex w-full max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 md:flex-nowrap">
        <Link href="/" className="flex min-h-11 shrink-0 items-center gap-2 text-xl font-extrabold text-brand-700">
          {/* biome-ignore lint/performance/noImgElement: a 64-byte inline-sized SVG logo gains nothing from next/image */}
          <img src="/icon.svg" alt="" width={32} height={32} className="size-8" />
          {shop?.name ?? 'Audio Tài Lộc'}
        </Link>
        <div className="ml-auto flex items-center gap-2 md:order-last md:ml-0">
          {shop && (
            <a
              href={telHref(shop.phone)}
              className="inline-flex min-h-11 items-center text-sm font-semibold text-stone-800"
            >
              <span className="sr-only md:not-sr-only md:mr-1 md:font-normal md:text-stone-600">Hotline:</span>
              {shop.phone}
            </a>
          )}
          {/* Static for everyone (catalog pages are cached): /account sends a visitor without a session to sign-in. */}
          <Link
            href="/account"
            aria-label="Tài khoản"
            prefetch={false}
            className="inline-flex size-11 items-center justify-center rounded-md text-stone-800 hover:bg-stone-100"
          >
            <svg
              aria-hidden="true"
              viewBox="0 0 24 24"
              className="size-6"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
            >
              <circle cx="12" cy="8" r="4" />
              <path d="M4 21c0-4 4-6 8-6s8 2 8 6" strokeLinecap="round" />
            </svg>
          </Link>
          <CartBadge />
        </div>
        <div className="w-full md:max-w-xl md:flex-1">
          <SearchBox cloudName={cloudName} id="header-search" />
        </div>
      </div>
      {categories.length > 0 && (
        <nav aria-label="Danh mục sản phẩm" className="border-t border-stone-100 bg-stone-50">
          <ul className="mx-auto flex w-full max-w-7xl gap-1 overflow-x-auto px-2 text-sm font-medium">
            {categories.map((c) => (
              <li key={c.id} className="shrink-0">
                <Link
                  href={`/danh-muc/${c.slug}`}
                  className="inline-flex min-h-11 items-center rounded px-3 whitespace-nowrap hover:bg-white hover:text-brand-700"
                >
                  {c.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </header>
  );
}
