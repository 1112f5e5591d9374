'use client';

import { useState } from 'react';
import type { ImageDto } from '@/lib/catalog/dto';
import { ProductImage } from './product-image';

type Props = { images: ImageDto[]; productName: string; cloudName?: string };

export function ProductGallery({ images, productName, cloudName }: Props) {
  const [index, setIndex] = useState(0);
  const main = images[index] ?? images[0] ?? null;

  return (
    <div className="flex flex-col gap-3">
      <div className="aspect-square overflow-hidden rounded-lg border border-stone-200 bg-stone-50">
        {/* The main image is the product page's LCP element. */}
        <ProductImage
          image={main}
          cloudName={cloudName}
          priority
          sizes="(min-width: 1024px) 560px, 100vw"
          className="h-full w-full object-contain"
        />
      </div>
      {images.length > 1 && (
        <ul className="flex gap-2 overflow-x-auto pb-1">
          {images.map((image, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same file may appear twice; the order is fixed
            <li key={`${image.src}-${i}`} className="shrink-0">
              <button
                type="button"
                onClick={() => setIndex(i)}
                aria-label={`Xem ảnh ${i + 1} của ${productName}`}
                aria-pressed={i === index}
                className={`block size-16 overflow-hidden rounded-md border-2 bg-stone-50 sm:size-20 ${
                  i === index ? 'border-brand-700' : 'border-stone-200 hover:border-stone-400'
                }`}
              >
                <ProductImage
                  image={image}
                  cloudName={cloudName}
                  sizes="80px"
                  decorative
                  className="h-full w-full object-contain"
                />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
