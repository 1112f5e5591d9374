import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

// The route pattern of a request path (`/san-pham/[slug]`, not `/san-pham/tai-nghe-x`), for the
// latency histogram's labels and the request log: a bounded set, whatever URLs clients send. The
// patterns come from the route manifest Next writes at build time, so a new page needs no change here.
// Anything else is `unmatched` (a 404 probe, a typo) or one of Next's own asset prefixes.

const manifestSchema = z.object({
  staticRoutes: z.array(z.object({ page: z.string(), regex: z.string() })).default([]),
  dynamicRoutes: z.array(z.object({ page: z.string(), regex: z.string() })).default([]),
});

export type RouteMatcher = (pathname: string) => string;

export const UNMATCHED = 'unmatched';

const NEXT_PREFIXES = ['/_next/static', '/_next/image', '/_next/data', '/__nextjs'];

export function matcherFromManifest(manifest: unknown): RouteMatcher {
  const parsed = manifestSchema.safeParse(manifest);
  const routes = parsed.success
    ? [...parsed.data.staticRoutes, ...parsed.data.dynamicRoutes].flatMap((r) => {
        try {
          return [{ page: r.page, regex: new RegExp(r.regex) }];
        } catch {
          return [];
        }
      })
    : [];
  const staticPages = new Map((parsed.success ? parsed.data.staticRoutes : []).map((r) => [r.page, r.page] as const));
  return (pathname) => {
    for (const prefix of NEXT_PREFIXES) if (pathname.startsWith(prefix)) return prefix;
    // React Server Component requests of a page ask for `<page>.rsc` on some paths.
    const clean = pathname.replace(/\.rsc$/, '').replace(/(.)\/$/, '$1');
    const exact = staticPages.get(clean);
    if (exact) return exact;
    for (const r of routes) if (r.regex.test(clean)) return r.page;
    // Files served from public/ (icons, demo images) are not in the manifest.
    if (/\.(svg|png|jpe?g|webp|avif|ico|txt|xml|webmanifest)$/.test(clean)) return '/[public file]';
    return UNMATCHED;
  };
}

/** The manifest of the running server: `next start` and the standalone server both run from its folder. */
export function loadRouteMatcher(cwd = process.cwd()): RouteMatcher {
  for (const file of [
    path.join(cwd, '.next', 'routes-manifest.json'),
    path.join(cwd, '.next', 'dev', 'routes-manifest.json'),
  ]) {
    if (!existsSync(/*turbopackIgnore: true*/ file)) continue;
    try {
      return matcherFromManifest(JSON.parse(readFileSync(/*turbopackIgnore: true*/ file, 'utf8')));
    } catch {
      // unreadable: try the next one
    }
  }
  return matcherFromManifest({});
}
