import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // PGlite loads its WebAssembly and extension bundles from its own package folder at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'pino'],
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'res.cloudinary.com' }],
    formats: ['image/avif', 'image/webp'],
  },
  typedRoutes: false,
};

export default nextConfig;
