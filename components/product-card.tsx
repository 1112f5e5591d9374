import Link from 'next/link';
import type { ImageDto } from '@/lib/catalog/dto';
import { Price } from './price';
import { ProductImage } from './product-image';

/** What a card shows, and all of a product that a grid sends to the browser (components/product-grid.tsx). */
export type ProductCardView = {
  slug: string;
  name: string;
  brandName: string;
  price: number;
  compareAtPrice: number | null;
  image: ImageDto | null;
  inStock: boolean;
};

type Props = {
  product: ProductCardView;
  cloudName?: string;
  headingLevel?: 'h2' | 'h3';
  priority?: boolean;
};

// No hooks and no server-only imports: rendered inside the grid's client component. Styles are the
// product-card-* classes of app/globals.css.
export function ProductCard({ product, cloudName, headingLevel: Heading = 'h3', priority = false }: Props) {
  return (
    <article className="product-card">
      <div className="product-card-media">
        <ProductImage
          image={product.image}
          cloudName={cloudName}
          priority={priority}
          sizes="(min-width: 1280px) 280px, (min-width: 768px) 30vw, 50vw"
          className="product-card-image"
        />
      </div>
      <p className="product-card-brand">{product.brandName}</p>
      <Heading className="product-card-title">
        <Link href={`/san-pham/${product.slug}`} className="product-card-link">
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
