import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import { JsonLd } from '@/components/json-ld';
import { ProductGrid } from '@/components/product-grid';
import { absoluteUrl, OPEN_GRAPH_BASE, SITE_DESCRIPTION, SITE_NAME } from '@/components/seo';
import type { ProductCardDto } from '@/lib/catalog/dto';
import { getBrandsCached, getCategoriesCached, getHomeProductsCached } from '@/lib/catalog/cached';

// Never prerendered: `next build` has no database. The segment config is what guarantees it; `connection()` in the
// page alone would come too late, because the shop layout above it (category nav) renders first.
export const dynamic = 'force-dynamic';

const TITLE = `${SITE_NAME} – Loa, tai nghe, thiết bị âm thanh chính hãng`;

export const metadata: Metadata = {
  title: { absolute: TITLE },
  description: SITE_DESCRIPTION,
  alternates: { canonical: '/' },
  openGraph: { ...OPEN_GRAPH_BASE, title: TITLE, description: SITE_DESCRIPTION, url: '/' },
};

function ProductSection({ id, title, products }: { id: string; title: string; products: ProductCardDto[] }) {
  if (products.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mx-auto w-full max-w-7xl px-4 py-8">
      <h2 id={id} className="mb-4 text-xl font-bold sm:text-2xl">
        {title}
      </h2>
      <ProductGrid products={products} headingLevel="h3" />
    </section>
  );
}

export default async function HomePage() {
  // Request time only; the sections still come from the data cache.
  await connection();
  const [featured, newest, bestSelling, categories, brands] = await Promise.all([
    getHomeProductsCached('featured'),
    getHomeProductsCached('newest'),
    getHomeProductsCached('best-selling'),
    getCategoriesCached(),
    getBrandsCached(),
  ]);
  const topCategories = categories.filter((c) => c.parentId === null);
  const siteUrl = absoluteUrl('/');

  return (
    <>
      <JsonLd
        data={[
          {
            '@context': 'https://schema.org',
            '@type': 'Organization',
            name: SITE_NAME,
            url: siteUrl,
            logo: absoluteUrl('/icon.svg'),
          },
          {
            '@context': 'https://schema.org',
            '@type': 'WebSite',
            name: SITE_NAME,
            url: siteUrl,
            potentialAction: {
              '@type': 'SearchAction',
              target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/tim-kiem')}?q={search_term_string}` },
              'query-input': 'required name=search_term_string',
            },
          },
        ]}
      />

      <section aria-labelledby="hero-title" className="on-dark bg-linear-to-br from-brand-800 to-brand-900 text-white">
        <div className="mx-auto w-full max-w-7xl px-4 py-12 sm:py-16">
          <p className="text-sm font-semibold tracking-wide text-gold-300 uppercase">Chính hãng · Bảo hành đầy đủ</p>
          <h1 id="hero-title" className="mt-3 max-w-2xl text-3xl leading-tight font-extrabold sm:text-5xl">
            Âm thanh chuẩn, giá tốt mỗi ngày
          </h1>
          <p className="mt-4 max-w-xl text-lg text-brand-50">
            Loa, tai nghe, ampli, DAC, mâm đĩa than và micro từ các thương hiệu hàng đầu. Tư vấn tận tình, giao hàng
            toàn quốc.
          </p>
          {topCategories.length > 0 && (
            <ul className="mt-8 flex flex-wrap gap-3">
              {topCategories.slice(0, 4).map((c) => (
                <li key={c.id}>
                  <Link
                    href={`/danh-muc/${c.slug}`}
                    className="inline-flex min-h-11 items-center rounded-md bg-white px-5 font-semibold text-brand-800 hover:bg-gold-100"
                  >
                    Xem {c.name.toLowerCase()}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>

      <ProductSection id="noi-bat" title="Sản phẩm nổi bật" products={featured} />
      <ProductSection id="moi-ve" title="Hàng mới về" products={newest} />
      <ProductSection id="ban-chay" title="Bán chạy nhất" products={bestSelling} />

      {topCategories.length > 0 && (
        <section aria-labelledby="danh-muc" className="mx-auto w-full max-w-7xl px-4 py-8">
          <h2 id="danh-muc" className="mb-4 text-xl font-bold sm:text-2xl">
            Danh mục sản phẩm
          </h2>
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
            {topCategories.map((c) => (
              <li key={c.id}>
                <Link
                  href={`/danh-muc/${c.slug}`}
                  className="flex h-full min-h-20 flex-col justify-center rounded-lg border border-stone-200 bg-stone-50 p-4 hover:border-brand-600 hover:bg-brand-50"
                >
                  <span className="font-semibold">{c.name}</span>
                  <span className="text-sm text-stone-600">{c.productCount} sản phẩm</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      {brands.length > 0 && (
        <section aria-labelledby="thuong-hieu" className="mx-auto w-full max-w-7xl px-4 py-8">
          <h2 id="thuong-hieu" className="mb-4 text-xl font-bold sm:text-2xl">
            Thương hiệu
          </h2>
          <ul className="flex flex-wrap gap-2">
            {brands.map((b) => (
              <li key={b.id}>
                <Link
                  href={`/thuong-hieu/${b.slug}`}
                  className="inline-flex min-h-11 items-center rounded-full border border-stone-300 px-4 text-sm font-medium hover:border-brand-600 hover:text-brand-700"
                >
                  {b.name}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
