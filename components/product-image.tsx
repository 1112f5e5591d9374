import Image from 'next/image';
import type { ImageDto } from '@/lib/catalog/dto';
import { CloudinaryImageLazy } from './cloudinary-image-lazy';

// Used by server components and client ones (gallery, search suggestions, cart): no hooks and no env reads
// here, so it renders wherever it is imported (the Cloudinary cloud name is passed in). In a server component a
// local SVG becomes a plain <img> in the HTML, with no client component, props or hydration behind it: a product
// grid shows two dozen of them. Width and height always come from the DTO so the browser reserves space (no
// layout shift).

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
  const alt = decorative ? '' : (image?.alt ?? '');
  const width = image?.width ?? 1;
  const height = image?.height ?? 1;
  const loading = priority ? { loading: 'eager' as const, fetchPriority: 'high' as const } : {};
  if (image?.src.startsWith('/')) {
    // SVGs are served as they are (the optimizer refuses them, and they scale without it): what next/image
    // would render for them, without the client component.
    if (image.src.endsWith('.svg')) {
      return (
        // biome-ignore lint/performance/noImgElement: next/image only passes an SVG through; see above
        <img
          src={image.src}
          alt={alt}
          width={width}
          height={height}
          loading="lazy"
          decoding="async"
          className={className}
          {...loading}
        />
      );
    }
    return (
      <Image src={image.src} alt={alt} width={width} height={height} sizes={sizes} className={className} {...loading} />
    );
  }
  if (image && cloudName) {
    return (
      <CloudinaryImageLazy
        src={image.src}
        cloudName={cloudName}
        alt={alt}
        width={width}
        height={height}
        sizes={sizes}
        className={className}
        {...loading}
      />
    );
  }
  const placeholderClass = `flex aspect-square w-full items-center justify-center bg-stone-100 text-xs text-stone-600 ${className ?? ''}`;
  if (decorative) return <span aria-hidden="true" className={placeholderClass} />;
  return (
    <span role="img" aria-label="Chưa có ảnh sản phẩm" className={placeholderClass}>
      Chưa có ảnh
    </span>
  );
}
