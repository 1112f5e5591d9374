import { z } from 'zod';
import { SPEC_KEYS } from './specs';

// The listing query: one schema for category and brand pages, the search page and GET /api/products,
// so that all of them filter, sort and page the same way.

export const SORTS = ['relevance', 'newest', 'price-asc', 'price-desc', 'best-selling'] as const;
export type Sort = (typeof SORTS)[number];

export const SORT_LABELS: Record<Sort, string> = {
  relevance: 'Liên quan nhất',
  newest: 'Mới nhất',
  'price-asc': 'Giá tăng dần',
  'price-desc': 'Giá giảm dần',
  'best-selling': 'Bán chạy',
};

export const MAX_PRICE = 2_000_000_000;
/** Pages end here: offsets stay bounded, and shoppers narrow a long listing with filters rather than page 300. */
export const MAX_PAGE = 50;
export const DEFAULT_LIMIT = 24;

const slug = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'Slug không hợp lệ')
  .max(120);
const price = z.coerce
  .number({ error: 'Giá phải là số' })
  .int('Giá phải là số nguyên (VND)')
  .min(0, 'Giá không được âm')
  .max(MAX_PRICE, 'Giá quá lớn');
const bool = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');

export const listingQuerySchema = z
  .object({
    q: z.string().trim().max(500, 'Từ khóa tối đa 500 ký tự').optional(),
    category: slug.optional(),
    brand: z
      .string()
      .transform((v) => v.split(',').filter(Boolean))
      .pipe(z.array(slug).max(20, 'Tối đa 20 thương hiệu'))
      .optional(),
    minPrice: price.optional(),
    maxPrice: price.optional(),
    inStock: bool.optional(),
    sort: z.enum(SORTS, { error: `Sắp xếp phải là một trong: ${SORTS.join(', ')}` }).optional(),
    page: z.coerce.number().int('Trang phải là số nguyên').min(1, 'Trang bắt đầu từ 1').max(MAX_PAGE).default(1),
    limit: z.coerce.number().int().min(1).max(60, 'Tối đa 60 sản phẩm mỗi trang').default(DEFAULT_LIMIT),
    ...Object.fromEntries(SPEC_KEYS.map((k) => [k, z.string().trim().min(1).max(100).optional()])),
  })
  .refine((v) => v.minPrice === undefined || v.maxPrice === undefined || v.minPrice <= v.maxPrice, {
    path: ['maxPrice'],
    message: 'Giá tối đa phải lớn hơn hoặc bằng giá tối thiểu',
  });

export type ListingQueryInput = z.input<typeof listingQuerySchema>;

export type ListingQuery = {
  q?: string;
  category?: string;
  brand?: string[];
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort: Sort;
  page: number;
  limit: number;
  specs: Record<string, string>;
};

function normalize(parsed: z.infer<typeof listingQuerySchema>): ListingQuery {
  const specs: Record<string, string> = {};
  const raw = parsed as Record<string, unknown>;
  for (const key of SPEC_KEYS) {
    const v = raw[key];
    if (typeof v === 'string') specs[key] = v;
  }
  const q = parsed.q ? parsed.q : undefined;
  return {
    q,
    category: parsed.category,
    brand: parsed.brand && parsed.brand.length > 0 ? [...new Set(parsed.brand)].sort() : undefined,
    minPrice: parsed.minPrice,
    maxPrice: parsed.maxPrice,
    inStock: parsed.inStock || undefined,
    sort: parsed.sort ?? (q ? 'relevance' : 'newest'),
    page: parsed.page,
    limit: parsed.limit,
    specs,
  };
}

/** Query string to object; repeated `brand` (one checkbox per brand in the filter form) joins with commas. */
function paramsToObject(params: URLSearchParams): Record<string, string> {
  // An empty field of a GET form (maxPrice=) means "no filter", not zero.
  const out = Object.fromEntries([...params].filter(([, v]) => v.trim() !== ''));
  const brands = params.getAll('brand').filter(Boolean);
  if (brands.length > 1) out.brand = brands.join(',');
  return out;
}

/** Strict parse for the API: the first invalid field is a 400. */
export function parseListingQuery(params: URLSearchParams) {
  const result = listingQuerySchema.safeParse(paramsToObject(params));
  return result.success
    ? ({ ok: true, query: normalize(result.data) } as const)
    : ({ ok: false, error: result.error } as const);
}

/**
 * Lenient parse for pages: a shopper who edits the URL by hand gets the listing with the bad filters
 * dropped, never an error page.
 */
export function parseListingQueryLenient(params: URLSearchParams): ListingQuery {
  const entries = paramsToObject(params);
  const result = listingQuerySchema.safeParse(entries);
  if (result.success) return normalize(result.data);
  const bad = new Set(result.error.issues.map((i) => String(i.path[0])));
  const kept = Object.fromEntries(Object.entries(entries).filter(([k]) => !bad.has(k)));
  const retry = listingQuerySchema.safeParse(kept);
  return normalize(retry.success ? retry.data : listingQuerySchema.parse({}));
}

/** The canonical query string of a listing (stable key order, defaults left out). */
export function listingSearchParams(query: Partial<ListingQuery>, defaults: { sort: Sort }): URLSearchParams {
  const out = new URLSearchParams();
  if (query.q) out.set('q', query.q);
  if (query.category) out.set('category', query.category);
  if (query.brand?.length) out.set('brand', query.brand.join(','));
  if (query.minPrice !== undefined) out.set('minPrice', String(query.minPrice));
  if (query.maxPrice !== undefined) out.set('maxPrice', String(query.maxPrice));
  if (query.inStock) out.set('inStock', '1');
  for (const [k, v] of Object.entries(query.specs ?? {}).sort(([a], [b]) => a.localeCompare(b))) out.set(k, v);
  if (query.sort && query.sort !== defaults.sort) out.set('sort', query.sort);
  if (query.limit && query.limit !== DEFAULT_LIMIT) out.set('limit', String(query.limit));
  if (query.page && query.page > 1) out.set('page', String(query.page));
  return out;
}

// Category and brand listings are cached pages (ISR), so they cannot read the query string. proxy.ts
// rewrites `/danh-muc/loa?brand=jbl` to `/danh-muc/loa/<state>`, where <state> is the canonical query
// string in base64url: one opaque path segment that no decoding step can alter.
const STATE_PREFIX = 'f-';

export function encodeListingState(params: URLSearchParams): string {
  return STATE_PREFIX + Buffer.from(params.toString(), 'utf8').toString('base64url');
}

export function decodeListingState(segment: string | undefined): URLSearchParams {
  if (!segment?.startsWith(STATE_PREFIX) || segment.length > 4000) return new URLSearchParams();
  return new URLSearchParams(Buffer.from(segment.slice(STATE_PREFIX.length), 'base64url').toString('utf8'));
}
