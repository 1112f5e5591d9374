// Security headers for every response, applied by next.config.ts `headers()` (so cached ISR pages, route
// handlers, static files and error pages all get them without running code per request).
//
// The script policy is 'self' 'unsafe-inline': Next streams each page's data as inline <script> tags, and a
// nonce would need every page rendered per request (ISR and CDN caching would be gone); their hashes change
// with every page. What keeps injected markup from running is that every value is rendered escaped; the CSP
// still closes the rest: no plugins, no <base> rewriting, no framing, no form posts or scripts to other sites.

/** Where a checkout form may post or be redirected to: ourselves and the payment gateways' pages. */
export const FORM_ACTION_ORIGINS = [
  "'self'",
  'https://pay.payos.vn',
  'https://sandbox.vnpayment.vn',
  'https://pay.vnpay.vn',
  'https://test-payment.momo.vn',
  'https://payment.momo.vn',
];

/** The admin's Cloudinary upload widget (a script that opens an iframe) and Cloudinary's image CDN. */
const CLOUDINARY_WIDGET = 'https://upload-widget.cloudinary.com';
const CLOUDINARY_IMAGES = 'https://res.cloudinary.com';

export function pageCsp(opts: { development: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline' ${CLOUDINARY_WIDGET}${opts.development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${CLOUDINARY_IMAGES}`,
    "font-src 'self' data:",
    `connect-src 'self'${opts.development ? ' ws: wss:' : ''}`,
    `frame-src ${CLOUDINARY_WIDGET}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${FORM_ACTION_ORIGINS.join(' ')}`,
  ].join('; ');
}

/** JSON, CSV and metrics: nothing in them should ever run or load anything. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()';

type Header = { key: string; value: string };
type HeaderRule = { source: string; headers: Header[] };

/**
 * Pages whose URL carries a secret (order links, reset and verification tokens, the payment return page): no
 * Referer at all, so the token never reaches another site (Cloudinary, a gateway) in a Referer header.
 */
export const TOKEN_PAGE_SOURCES = [
  '/don-hang/:path*',
  '/dat-lai-mat-khau',
  '/xac-minh-email',
  '/thanh-toan/ket-qua/:path*',
  '/api/orders/:path*',
];

export function securityHeaderRules(opts: { development: boolean }): HeaderRule[] {
  const common: Header[] = [
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
    { key: 'X-Frame-Options', value: 'DENY' },
    // Browsers ignore it over plain http; in development it would pin https on localhost for a year.
    ...(opts.development ? [] : [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }]),
  ];
  return [
    // Later rules win for the same header: the API's CSP replaces the pages' one, no-referrer the default.
    { source: '/:path*', headers: [...common, { key: 'Content-Security-Policy', value: pageCsp(opts) }] },
    { source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: API_CSP }] },
    ...TOKEN_PAGE_SOURCES.map((source) => ({ source, headers: [{ key: 'Referrer-Policy', value: 'no-referrer' }] })),
  ];
}
