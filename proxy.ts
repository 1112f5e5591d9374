import { type NextRequest, NextResponse } from 'next/server';
import { encodeListingState, listingSearchParams, parseListingQueryLenient } from '@/lib/catalog/listing-query';

// Runs before category and brand listings: turns their query string into a path segment so those pages
// stay cached (ISR); and before /account and /admin: sends visitors without a session cookie to sign-in
// without rendering anything. Tags the request with an id for the logs (route handlers make their own).
// Kept off every other path, where it would only add latency. Not a security boundary: every protected
// page, action and route checks its caller itself (lib/auth/session.ts).

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

export const config = {
  matcher: ['/danh-muc/:slug', '/thuong-hieu/:slug', '/account', '/account/:path*', '/admin', '/admin/:path*'],
};
