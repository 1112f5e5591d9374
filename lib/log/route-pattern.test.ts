import { describe, expect, it } from 'vitest';
import { matcherFromManifest, UNMATCHED } from './route-pattern';

// The shape Next writes to .next/routes-manifest.json (static and dynamic routes with their regexes).
const manifest = {
  staticRoutes: [
    { page: '/', regex: '^/(?:/)?$' },
    { page: '/api/cart', regex: '^/api/cart(?:/)?$' },
  ],
  dynamicRoutes: [
    { page: '/san-pham/[slug]', regex: '^/san\\-pham/([^/]+?)(?:/)?$' },
    { page: '/danh-muc/[slug]/[[...state]]', regex: '^/danh\\-muc/([^/]+?)(?:/(.+?))?(?:/)?$' },
    { page: '/api/orders/[number]', regex: '^/api/orders/([^/]+?)(?:/)?$' },
  ],
};

describe('route patterns', () => {
  const match = matcherFromManifest(manifest);

  it('maps concrete paths to their route pattern', () => {
    expect(match('/')).toBe('/');
    expect(match('/api/cart')).toBe('/api/cart');
    expect(match('/api/cart/')).toBe('/api/cart');
    expect(match('/san-pham/tai-nghe-sony-wh-1000xm5')).toBe('/san-pham/[slug]');
    expect(match('/san-pham/x.rsc')).toBe('/san-pham/[slug]');
    expect(match('/danh-muc/loa')).toBe('/danh-muc/[slug]/[[...state]]');
    expect(match('/danh-muc/loa/brand-sony_sort-price')).toBe('/danh-muc/[slug]/[[...state]]');
    expect(match('/api/orders/ATL-20261203-0001')).toBe('/api/orders/[number]');
  });

  it('keeps the label set bounded: anything unknown is one value', () => {
    const seen = new Set(Array.from({ length: 50 }, (_, i) => match(`/wp-admin/${i}.php`)));
    expect([...seen]).toEqual([UNMATCHED]);
    expect(match('/_next/static/chunks/abc123.js')).toBe('/_next/static');
    expect(match('/images/demo/dac.svg')).toBe('/[public file]');
  });

  it('survives a missing or malformed manifest', () => {
    expect(matcherFromManifest(null)('/san-pham/x')).toBe(UNMATCHED);
    expect(matcherFromManifest({ staticRoutes: [{ page: '/x', regex: '(' }] })('/x')).toBe('/x');
  });
});
