'use client';

import dynamic from 'next/dynamic';
import Image from 'next/image';
import type { ImageDto } from '@/lib/catalog/dto';

// A client component although it has no state: next-cloudinary (with its own copy of zod) weighs ~40 kB gzipped,
// and only a dynamic import inside the client bundle keeps it out of pages that show no Cloudinary image. Imported
// from a server component, even a dynamic import would put it in the page's entry chunks.
const CloudinaryImage = dynamic(() => import('./cloudinary-image').then((m) => m.CloudinaryImage));

// Used by server components and client ones (gallery, search suggestions): no env reads here, the Cloudinary
// cloud name is passed in. Width and height always come from the DTO so the browser reserves space (no layout shift).

type Props = {
  image: ImageDto | null;
  sizes: string;
  cloudName?: string;
  /** Only for the page's LCP image: loads at once with high fetch priority. */
  priority?: boolean;
  /** The image sits in a control that already has a label. */
  decorative?: boolean;
  className?: string;
};

export function ProductImage({ image, sizes, cloudName, priority = false, decorative = false, className }: Props) {
  const common = {
    alt: decorative ? '' : (image?.alt ?? ''),
    width: image?.width ?? 1,
    height: image?.height ?? 1,
    sizes,
    className,
    ...(priority ? { loading: 'eager' as const, fetchPriority: 'high' as const } : {}),
  };
  if (image?.src.startsWith('/')) {
    // SVGs are served as they are: the optimizer refuses them, and they scale without it.
    return <Image src={image.src} unoptimized={image.src.endsWith('.svg')} {...common} />;
  }
  if (image && cloudName) return <CloudinaryImage src={image.src} cloudName={cloudName} {...common} />;
  const placeholderClass = `flex aspect-square w-full items-center justify-center bg-stone-100 text-xs text-stone-600 ${className ?? ''}`;
  if (decorative) return <span aria-hidden="true" className={placeholderClass} />;
  return (
    <span role="img" aria-label="Chưa có ảnh sản phẩm" className={placeholderClass}>
      Chưa có ảnh
    </span>
  );
}
