import type { ProductCardDto } from '@/lib/catalog/dto';
import { ProductCard } from './product-card';
import { cloudinaryCloudName } from './seo';

type Props = {
  products: ProductCardDto[];
  headingLevel?: 'h2' | 'h3';
  /** Give the first card's image high priority: only when the grid is the first thing on the page (the LCP). */
  prioritizeFirst?: boolean;
};

export function ProductGrid({ products, headingLevel, prioritizeFirst = false }: Props) {
  const cloudName = cloudinaryCloudName();
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 xl:grid-cols-4">
      {products.map((product, i) => (
        <li key={product.id}>
          <ProductCard
            product={product}
            cloudName={cloudName}
            headingLevel={headingLevel}
            priority={prioritizeFirst && i === 0}
          />
        </li>
      ))}
    </ul>
  );
}
