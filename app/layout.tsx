import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SITE_DESCRIPTION, SITE_NAME } from '@/components/seo';
import { getEnv } from '@/lib/env';
import './globals.css';

// The root layout fetches nothing: it also wraps the 404 page that `next build` prerenders, and the build must
// never touch the database. The shop chrome (header with the category nav, footer) lives in app/(shop)/layout.tsx.

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: `${SITE_NAME} – Thiết bị âm thanh chính hãng`, template: `%s | ${SITE_NAME}` },
    description: SITE_DESCRIPTION,
    applicationName: SITE_NAME,
    icons: { icon: { url: '/icon.svg', type: 'image/svg+xml' } },
    openGraph: { siteName: SITE_NAME, locale: 'vi_VN', type: 'website' },
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#9b1c23',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body className="flex min-h-dvh flex-col bg-white font-sans text-stone-900 antialiased">{children}</body>
    </html>
  );
}
