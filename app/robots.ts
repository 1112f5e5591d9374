import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';

// Crawlers index the catalog; private and transactional areas stay out. Rendered at request time so
// that SITE_URL is the running instance's, not the build machine's.
export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const origin = getEnv().SITE_URL;
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/admin', '/account', '/gio-hang', '/cart', '/thanh-toan', '/checkout', '/api/', '/tim-kiem?'],
      },
    ],
    sitemap: `${origin}/sitemap.xml`,
    host: origin,
  };
}
