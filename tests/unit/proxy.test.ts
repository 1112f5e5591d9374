import { describe, expect, it } from 'vitest';
import { listingSearchParams, parseListingQueryLenient } from '@/lib/catalog/listing-query';
import { SPEC_KEYS } from '@/lib/catalog/specs';
import { config } from '@/proxy';

// The proxy runs only for listing URLs with one of the listing's query keys (its matcher must be literal
// constants, so the keys are spelled out there): every key the listing reads must be on the list.

const PRIVATE = ['/account', '/account/:path*', '/admin', '/admin/:path*'];
const listingEntries = config.matcher.filter((m) => typeof m !== 'string');
const matcherKeys = listingEntries.map((m) => {
  expect(m.source).toBe('/:section(danh-muc|thuong-hieu)/:slug');
  expect(m.has).toHaveLength(1);
  return m.has[0]?.key;
});

describe('proxy matcher', () => {
  it('runs for the private areas, so anonymous visitors are sent to sign-in', () => {
    expect(config.matcher.filter((m) => typeof m === 'string')).toEqual(PRIVATE);
  });

  it('runs for every query key a listing reads, once each', () => {
    const fixed = ['q', 'category', 'brand', 'minPrice', 'maxPrice', 'inStock', 'sort', 'page', 'limit'];
    expect([...matcherKeys].sort()).toEqual([...fixed, ...SPEC_KEYS].sort());
  });

  it('leaves out no key that changes a listing', () => {
    // Every field of a query that the canonical form keeps, each set to a non-default value.
    const all = new URLSearchParams({
      q: 'loa',
      category: 'loa',
      brand: 'jbl',
      minPrice: '1',
      maxPrice: '2',
      inStock: '1',
      sort: 'price-asc',
      page: '2',
      limit: '12',
      ...Object.fromEntries(SPEC_KEYS.map((k) => [k, 'x'])),
    });
    const canonical = listingSearchParams(parseListingQueryLenient(all), { sort: 'newest' });
    for (const key of canonical.keys()) expect(matcherKeys).toContain(key);
  });
});
