import { describe, expect, it } from 'vitest';
import {
  decodeListingState,
  encodeListingState,
  listingSearchParams,
  parseListingQuery,
  parseListingQueryLenient,
} from './listing-query';

const params = (s: string) => new URLSearchParams(s);

describe('listing query', () => {
  it('parses filters, sort and paging with defaults', () => {
    const r = parseListingQuery(params('brand=sony,jbl,sony&minPrice=1000000&inStock=1&connectivity=Bluetooth&page=2'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.query).toMatchObject({
      brand: ['jbl', 'sony'],
      minPrice: 1_000_000,
      inStock: true,
      page: 2,
      limit: 24,
      sort: 'newest',
      specs: { connectivity: 'Bluetooth' },
    });
    const search = parseListingQuery(params('q=tai%20nghe'));
    expect(search.ok && search.query.sort).toBe('relevance');
  });

  it('rejects bad values with the field named', () => {
    for (const [qs, field] of [
      ['minPrice=1.5', 'minPrice'],
      ['sort=nope', 'sort'],
      ['page=-1', 'page'],
      ['minPrice=10&maxPrice=5', 'maxPrice'],
      ['brand=Sony%20Corp', 'brand'],
    ] as const) {
      const r = parseListingQuery(params(qs));
      expect(r.ok, qs).toBe(false);
      if (!r.ok) expect(r.error.issues.map((i) => i.path[0])).toContain(field);
    }
  });

  it('takes repeated brand parameters (one checkbox each) as a list', () => {
    const r = parseListingQuery(params('brand=sony&brand=jbl&inStock=1'));
    expect(r.ok && r.query.brand).toEqual(['jbl', 'sony']);
    expect(parseListingQueryLenient(params('brand=sony&brand=jbl')).brand).toEqual(['jbl', 'sony']);
  });

  it('treats empty form fields as no filter', () => {
    const r = parseListingQuery(params('minPrice=&maxPrice=&brand=&q=&sort=price-asc'));
    expect(r.ok && r.query).toMatchObject({ minPrice: undefined, maxPrice: undefined, brand: undefined, q: undefined });
  });

  it('pages drop bad filters instead of failing', () => {
    const q = parseListingQueryLenient(params('brand=jbl&minPrice=abc&sort=nope&page=3'));
    expect(q).toMatchObject({ brand: ['jbl'], page: 3, sort: 'newest' });
    expect(q.minPrice).toBeUndefined();
  });

  it('builds one canonical query string and round-trips it through the path state', () => {
    const a = listingSearchParams(parseListingQueryLenient(params('page=2&brand=sony,jbl&sort=price-asc')), {
      sort: 'newest',
    });
    const b = listingSearchParams(parseListingQueryLenient(params('sort=price-asc&brand=jbl,sony&page=2')), {
      sort: 'newest',
    });
    expect(a.toString()).toBe(b.toString());
    expect(a.toString()).toBe('brand=jbl%2Csony&sort=price-asc&page=2');
    const withSpec = new URLSearchParams({ connectivity: 'Bluetooth + Có dây', brand: 'jbl' });
    expect(decodeListingState(encodeListingState(withSpec)).get('connectivity')).toBe('Bluetooth + Có dây');
    expect(decodeListingState('garbage').toString()).toBe('');
  });
});
