import Link from 'next/link';
import type { ProductCardDto } from '@/lib/catalog/dto';
import { Price } from './price';
import { ProductImage } from './product-image';

type Props = {
  product: ProductCardDto;
  cloudName?: string;
  headingLevel?: 'h2' | 'h3';
  priority?: boolean;
};

export function ProductCard({ product, cloudName, headingLevel: Heading = 'h3', priority = false }: Props) {
  return (
    <article className="group relative flex h-full flex-col gap-2 rounded-lg border border-stone-200 bg-white p-3 transition-shadow hover:shadow-md focus-within:shadow-md">
      <div className="aspect-square overflow-hidden rounded-md bg-stone-50">
        <ProductImage
          image={product.image}
          cloudName={cloudName}
          priority={priority}
          sizes="(min-width: 1280px) 280px, (min-width: 768px) 30vw, 50vw"
          className="h-full w-full object-contain transition-transform group-hover:scale-105"
        />
      </div>
      <p className="text-xs font-medium uppercase tracking-wide text-stone-600">{product.brand.name}</p>
      <Heading className="line-clamp-2 text-sm font-semibold leading-snug">
        {/* One link per card, stretched over it: the whole card is clickable, screen readers hear one link. */}
        <Link
          href={`/san-pham/${product.slug}`}
          className="after:absolute after:inset-0 after:rounded-lg group-hover:text-brand-700 focus-visible:outline-none focus-visible:after:outline-3 focus-visible:after:outline-brand-600"
        >
          {product.name}
        </Link>
      </Heading>
      <div className="mt-auto">
        <Price price={product.price} compareAtPrice={product.compareAtPrice} />
        {!product.inStock && <p className="text-sm text-stone-600">Hết hàng</p>}
      </div>
    </article>
  );
}
