import { type NextRequest, NextResponse } from 'next/server';
import { encodeListingState, listingSearchParams, parseListingQueryLenient } from '@/lib/catalog/listing-query';

// Runs before category and brand listings with a query string only: turns it into a path segment so those
// pages stay cached (ISR); and before /account and /admin: sends visitors without a session cookie to
// sign-in without rendering anything. Tags the request with an id for the logs (route handlers make their
// own). Kept off every other request, where it would only add latency. Not a security boundary: every
// protected page, action and route checks its caller itself (lib/auth/session.ts).

const PRIVATE_PATH = /^\/(account|admin)(\/|$)/;

/** Auth.js's session cookie (secure-prefixed on https, split into .0/.1 chunks when large). */
function hasSessionCookie(req: NextRequest): boolean {
  return req.cookies.getAll().some((c) => /^(__Secure-)?authjs\.session-token(\.\d+)?$/.test(c.name));
}

const LISTING_PATH = /^\/(danh-muc|thuong-hieu)\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/;

export function proxy(req: NextRequest) {
  const headers = new Headers(req.headers);
  const requestId = headers.get('x-request-id') ?? crypto.randomUUID();
  headers.set('x-request-id', requestId);

  if (PRIVATE_PATH.test(req.nextUrl.pathname) && !hasSessionCookie(req)) {
    const url = req.nextUrl.clone();
    url.pathname = '/dang-nhap';
    url.search = `?${new URLSearchParams({ callbackUrl: req.nextUrl.pathname + req.nextUrl.search })}`;
    const res = NextResponse.redirect(url);
    res.headers.set('x-request-id', requestId);
    return res;
  }

  const match = LISTING_PATH.exec(req.nextUrl.pathname);
  let res: NextResponse;
  if (match && req.nextUrl.search) {
    const [, section, slug] = match;
    const params = new URLSearchParams(req.nextUrl.searchParams);
    params.delete(section === 'danh-muc' ? 'category' : 'brand');
    const canonical = listingSearchParams(parseListingQueryLenient(params), { sort: 'newest' });
    if (canonical.size === 0) {
      res = NextResponse.next({ request: { headers } });
    } else {
      const url = req.nextUrl.clone();
      url.pathname = `/${section}/${slug}/${encodeListingState(canonical)}`;
      url.search = '';
      res = NextResponse.rewrite(url, { request: { headers } });
    }
  } else {
    res = NextResponse.next({ request: { headers } });
  }
  res.headers.set('x-request-id', requestId);
  return res;
}

// Only listing URLs whose query string holds a key the listing reads (lib/catalog/listing-query.ts): a plain
// `/danh-muc/loa` is the cached page as it is, and running the proxy for it cost more than rendering it
// from cache (a listing page answered ~30% slower with it). Next needs the matcher as literal constants, one
// entry per key (entries are alternatives; the keys of one `has` must all be present); tests/unit/proxy.test.ts
// keeps the list equal to the listing's keys.
export const config = {
  matcher: [
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'q' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'category' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'brand' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'minPrice' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'maxPrice' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'inStock' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'sort' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'page' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'limit' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'connectivity' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'bluetooth' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'codec' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'power' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'frequencyResponse' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'impedance' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'sensitivity' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'driver' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'anc' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'battery' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'waterproof' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'channels' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'inputs' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'outputs' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'dacChip' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'sampleRate' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'drive' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'speeds' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'cartridge' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'micType' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'polarPattern' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'weight' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'dimensions' }] },
    { source: '/:section(danh-muc|thuong-hieu)/:slug', has: [{ type: 'query', key: 'warranty' }] },
    // Private areas: anonymous visitors go to sign-in (PRIVATE_PATH).
    '/account',
    '/account/:path*',
    '/admin',
    '/admin/:path*',
  ],
};
