'use client';

import { type ProductCardView, ProductCard } from './product-card';

// A client component on purpose, although it has no state: a server component's markup travels twice, as HTML
// and again in the page's RSC payload, element by element (about 1 kB per card). Rendered here, the payload
// carries each card's data instead (about 250 bytes), and the HTML is the same.

type Props = {
  cards: ProductCardView[];
  cloudName?: string;
  headingLevel?: 'h2' | 'h3';
  prioritizeFirst: boolean;
};

export function ProductGridView({ cards, cloudName, headingLevel, prioritizeFirst }: Props) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 md:grid-cols-3 xl:grid-cols-4">
      {cards.map((card, i) => (
        <li key={card.slug}>
          <ProductCard
            product={card}
            cloudName={cloudName}
            headingLevel={headingLevel}
            priority={prioritizeFirst && i === 0}
          />
        </li>
      ))}
    </ul>
  );
}
