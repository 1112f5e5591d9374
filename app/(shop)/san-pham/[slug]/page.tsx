import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { JsonLd } from '@/components/json-ld';
import { ProductGallery } from '@/components/product-gallery';
import { ProductGrid } from '@/components/product-grid';
import { absoluteImageUrl, absoluteUrl, cloudinaryCloudName, OPEN_GRAPH_BASE } from '@/components/seo';
import { SpecsTable } from '@/components/specs-table';
import { VariantPicker } from '@/components/variant-picker';
import { getProductCached, getRelatedCached } from '@/lib/catalog/cached';

// ISR: rendered on the first request for a slug, then served from cache; the build never touches the database.
export const revalidate = 3600;
export const dynamicParams = true;
export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ slug: string }> };

// generateMetadata and the page ask for the same product; one lookup per request.
const getProduct = cache((slug: string) => getProductCached(slug));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const product = await getProduct(slug);
  if (!product) return { title: 'Không tìm thấy sản phẩm' };
  const title = product.seoTitle ?? product.name;
  const description = product.seoDescription ?? product.shortDescription;
  const firstImage = product.images[0];
  const imageUrl = firstImage ? absoluteImageUrl(firstImage.src) : null;
  return {
    title,
    description,
    alternates: { canonical: `/san-pham/${product.slug}` },
    openGraph: {
      ...OPEN_GRAPH_BASE,
      title,
      description,
      url: `/san-pham/${product.slug}`,
      images:
        firstImage && imageUrl
          ? [{ url: imageUrl, width: firstImage.width, height: firstImage.height, alt: firstImage.alt }]
          : [],
    },
  };
}

const IN_STOCK = 'https://schema.org/InStock';
const OUT_OF_STOCK = 'https://schema.org/OutOfStock';

export default async function ProductPage({ params }: Props) {
  const { slug } = await params;
  const product = await getProduct(slug);
  if (!product) notFound();

  const related = await getRelatedCached({ id: product.id, categoryId: product.categoryId });
  const cloudName = cloudinaryCloudName();
  const url = absoluteUrl(`/san-pham/${product.slug}`);
  const prices = product.variants.map((v) => v.price);
  const anyInStock = product.variants.some((v) => v.stock > 0);
  const paragraphs = product.description
    .split('\n\n')
    .map((p) => p.trim())
    .filter(Boolean);

  const offers = product.variants.map((v) => ({
    '@type': 'Offer',
    sku: v.sku,
    price: v.price,
    priceCurrency: 'VND',
    availability: v.stock > 0 ? IN_STOCK : OUT_OF_STOCK,
    itemCondition: 'https://schema.org/NewCondition',
    url,
  }));
  const productLd = {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.name,
    description: product.shortDescription || product.seoDescription || product.name,
    sku: product.variants[0]?.sku,
    brand: { '@type': 'Brand', name: product.brand.name },
    category: product.categoryPath.map((c) => c.name).join(' > ') || undefined,
    image: product.images.map((i) => absoluteImageUrl(i.src)).filter((u): u is string => u !== null),
    url,
    offers:
      offers.length === 1
        ? offers[0]
        : offers.length > 1
          ? {
              '@type': 'AggregateOffer',
              priceCurrency: 'VND',
              lowPrice: Math.min(...prices),
              highPrice: Math.max(...prices),
              offerCount: offers.length,
              availability: anyInStock ? IN_STOCK : OUT_OF_STOCK,
              offers,
            }
          : undefined,
  };

  return (
    <div className="mx-auto w-full max-w-7xl px-4 py-4">
      <Breadcrumbs
        items={[
          { name: 'Trang chủ', href: '/' },
          ...product.categoryPath.map((c) => ({ name: c.name, href: `/danh-muc/${c.slug}` })),
          { name: product.name, href: `/san-pham/${product.slug}` },
        ]}
      />
      <JsonLd data={productLd} />

      <div className="mt-2 grid gap-8 lg:grid-cols-2">
        <ProductGallery images={product.images} productName={product.name} cloudName={cloudName} />

        <div className="space-y-5">
          <div>
            <h1 className="text-2xl font-bold leading-tight sm:text-3xl">{product.name}</h1>
            <p className="mt-2 text-sm text-stone-700">
              Thương hiệu:{' '}
              <Link
                href={`/thuong-hieu/${product.brand.slug}`}
                className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
              >
                {product.brand.name}
              </Link>
            </p>
          </div>
          <VariantPicker variants={product.variants} />
          {product.shortDescription && <p className="leading-relaxed text-stone-800">{product.shortDescription}</p>}
        </div>
      </div>

      <div className="mt-12 grid gap-10 lg:grid-cols-[3fr_2fr]">
        <section aria-labelledby="mo-ta">
          <h2 id="mo-ta" className="text-xl font-bold">
            Mô tả sản phẩm
          </h2>
          <div className="mt-4 space-y-4 leading-relaxed text-stone-800">
            {paragraphs.length > 0 ? (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs are static text in a fixed order
              paragraphs.map((p, i) => <p key={i}>{p}</p>)
            ) : (
              <p>Đang cập nhật mô tả.</p>
            )}
          </div>
        </section>
        <section aria-labelledby="thong-so">
          <h2 id="thong-so" className="text-xl font-bold">
            Thông số kỹ thuật
          </h2>
          <div className="mt-4">
            <SpecsTable specs={product.specs} />
          </div>
        </section>
      </div>

      {related.length > 0 && (
        <section aria-labelledby="lien-quan" className="mt-12">
          <h2 id="lien-quan" className="text-xl font-bold">
            Sản phẩm liên quan
          </h2>
          <div className="mt-4">
            <ProductGrid products={related} headingLevel="h3" />
          </div>
        </section>
      )}
    </div>
  );
}
