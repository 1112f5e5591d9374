import {
  decodeListingState,
  encodeListingState,
  type ListingQuery,
  listingSearchParams,
  parseListingQueryLenient,
  type Sort,
} from '@/lib/catalog/listing-query';

// The two forms of a listing URL. Public: `/danh-muc/{slug}?{query}`, the only form we link to. Internal:
// `/danh-muc/{slug}/{state}`, what proxy.ts rewrites the public form to (lib/catalog/listing-query.ts
// encodes the state), so that the page can be cached per query without reading searchParams.

export function listingHref(basePath: string, query: Partial<ListingQuery>, defaultSort: Sort): string {
  const qs = listingSearchParams(query, { sort: defaultSort }).toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

/** The query carried in the `[[...state]]` segment, or null when the segment is not one the proxy produces. */
export function queryFromState(state: string[] | undefined): ListingQuery | null {
  const [segment, ...rest] = state ?? [];
  if (segment === undefined) return parseListingQueryLenient(new URLSearchParams());
  const params = decodeListingState(segment);
  // Anything that does not round-trip (extra segments, hand-made garbage) would otherwise render the
  // unfiltered listing under yet another URL.
  if (rest.length > 0 || encodeListingState(params) !== segment) return null;
  return parseListingQueryLenient(params);
}
