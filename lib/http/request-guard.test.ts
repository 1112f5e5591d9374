import { describe, expect, it } from 'vitest';
import { BODY_LIMITS, screenRequest } from './request-guard';

const get = (url: string, headers: Record<string, string> = {}) => screenRequest({ method: 'GET', url, headers });
const action = (headers: Record<string, string>) =>
  screenRequest({ method: 'POST', url: '/thanh-toan', headers: { 'next-action': 'abc123', ...headers } });

describe('screenRequest', () => {
  it('lets ordinary requests through, Vietnamese slugs and encoded queries included', () => {
    for (const url of [
      '/',
      '/san-pham/loa-jbl-charge-5',
      '/danh-muc/tai-nghe?brand=sony&brand=jbl&minPrice=100000',
      '/tim-kiem?q=lo%E1%BA%A1+bluetooth',
      '/tim-kiem?q=a%2Bb%3Dc',
      '/don-hang/ATL-1?token=abc_-Z==',
      '/_next/static/chunks/app.js',
    ]) {
      expect(get(url), url).toBeNull();
    }
  });

  it('refuses malformed percent-encoding in the path or the query', () => {
    for (const url of ['/san-pham/%E0%A4%A', '/danh-muc/%', '/tim-kiem?q=%zz', '/api/products/%C0']) {
      expect(get(url), url).toEqual({ status: 400, code: 'bad_encoding' });
    }
  });

  it('refuses NUL and control characters anywhere in the path or the query', () => {
    for (const url of ['/san-pham/loa%00', '/danh-muc/loa?brand=%00', '/tim-kiem?q=a%0Ab', '/x%7F', '/a?%01=1']) {
      expect(get(url), url).toEqual({ status: 400, code: 'bad_characters' });
    }
  });

  it('refuses a server action posted from another site, as a 403', () => {
    expect(action({ origin: 'https://evil.example', host: 'shop.vn' })).toEqual({ status: 403, code: 'cross_site' });
    expect(action({ origin: 'null', host: 'shop.vn' })).toEqual({ status: 403, code: 'cross_site' });
    expect(action({ origin: 'not a url', host: 'shop.vn' })).toEqual({ status: 403, code: 'cross_site' });
    expect(action({ origin: 'https://shop.vn', host: 'shop.vn' })).toBeNull();
    expect(action({ origin: 'https://shop.vn', host: '127.0.0.1:3000', 'x-forwarded-host': 'shop.vn' })).toBeNull();
    // No Origin at all (an old browser, a script): Next's own checks apply.
    expect(action({ host: 'shop.vn' })).toBeNull();
  });

  it('refuses a declared body over the route\u2019s cap', () => {
    const post = (url: string, length: number) =>
      screenRequest({ method: 'POST', url, headers: { 'content-length': String(length) } });
    expect(post('/api/checkout', BODY_LIMITS.api + 1)).toEqual({ status: 413, code: 'too_large' });
    expect(post('/api/checkout', BODY_LIMITS.api)).toBeNull();
    expect(post('/api/webhooks/payos', BODY_LIMITS.api + 1)).toBeNull();
    expect(post('/api/webhooks/payos', BODY_LIMITS.webhook + 1)).toEqual({ status: 413, code: 'too_large' });
    expect(post('/api/admin/uploads', 4 * 1024 * 1024)).toBeNull();
  });
});
