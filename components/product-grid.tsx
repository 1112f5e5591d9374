import type { ProductCardDto } from '@/lib/catalog/dto';
import type { ProductCardView } from './product-card';
import { ProductGridView } from './product-grid-view';
import { cloudinaryCloudName } from './seo';

type Props = {
  products: ProductCardDto[];
  headingLevel?: 'h2' | 'h3';
  /** Give the first card's image high priority: only when the grid is the first thing on the page (the LCP). */
  prioritizeFirst?: boolean;
};

/** Only what a card shows crosses to the browser (ids and brand slugs stay here). */
const toCard = (p: ProductCardDto): ProductCardView => ({
  slug: p.slug,
  name: p.name,
  brandName: p.brand.name,
  price: p.price,
  compareAtPrice: p.compareAtPrice,
  image: p.image,
  inStock: p.inStock,
});

export function ProductGrid({ products, headingLevel, prioritizeFirst = false }: Props) {
  return (
    <ProductGridView
      cards={products.map(toCard)}
      cloudName={cloudinaryCloudName()}
      headingLevel={headingLevel}
      prioritizeFirst={prioritizeFirst}
    />
  );
}
