import 'server-only';
import { getEnv } from '@/lib/env';

// URL helpers for metadata and JSON-LD, which need absolute URLs (metadataBase only covers the metadata API).
// Server-only because they read the environment; client components receive the values they need as props.

export const SITE_NAME = 'Audio Tài Lộc';

export const SITE_DESCRIPTION =
  'Audio Tài Lộc – loa, tai nghe, ampli, DAC, mâm đĩa than và micro chính hãng. Giá tốt, bảo hành chính hãng, giao hàng toàn quốc.';

/** Page metadata replaces the layout's openGraph object instead of merging into it, so each page spreads this. */
export const OPEN_GRAPH_BASE = { type: 'website', siteName: SITE_NAME, locale: 'vi_VN' } as const;

export function absoluteUrl(path: string): string {
  return `${getEnv().SITE_URL}${path.startsWith('/') ? path : `/${path}`}`;
}

export function cloudinaryCloudName(): string | undefined {
  return getEnv().NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME;
}

/**
 * Absolute URL of a product image for crawlers (Open Graph, JSON-LD). A src starting with '/' is a file in
 * public/; anything else is a Cloudinary public id, which has no URL when no cloud name is configured.
 */
export function absoluteImageUrl(src: string): string | null {
  if (src.startsWith('/')) return absoluteUrl(src);
  const cloudName = cloudinaryCloudName();
  if (!cloudName) return null;
  return `https://res.cloudinary.com/${cloudName}/image/upload/c_limit,w_1200,f_auto,q_auto/${encodeURI(src)}`;
}
