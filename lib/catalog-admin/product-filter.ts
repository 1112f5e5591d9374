import { z } from 'zod';

// The admin product list's query string, parsed leniently: a bad value falls back to its default rather
// than breaking the page (it is typed into the address bar as often as it is clicked).

export const PRODUCT_STATUSES = ['all', 'published', 'draft', 'deleted'] as const;
export type ProductStatusFilter = (typeof PRODUCT_STATUSES)[number];
export const PRODUCT_STATUS_LABELS: Record<ProductStatusFilter, string> = {
  all: 'Tất cả (chưa xóa)',
  published: 'Đang hiển thị',
  draft: 'Đang ẩn',
  deleted: 'Đã xóa',
};

export const STOCK_FILTERS = ['in', 'out'] as const;
export type StockFilter = (typeof STOCK_FILTERS)[number];

const positiveId = z.coerce
  .number()
  .int()
  .positive()
  .max(2 ** 31 - 1);

export const adminProductFilterSchema = z.object({
  q: z
    .string()
    .trim()
    .max(100)
    .optional()
    .transform((v) => v || undefined)
    .catch(undefined),
  category: positiveId.optional().catch(undefined),
  brand: positiveId.optional().catch(undefined),
  status: z.enum(PRODUCT_STATUSES).default('all').catch('all'),
  stock: z.enum(STOCK_FILTERS).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type AdminProductFilter = z.infer<typeof adminProductFilterSchema>;

export const ADMIN_PAGE_SIZE = 25;

export function parseAdminProductFilter(params: Record<string, string | string[] | undefined>): AdminProductFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return adminProductFilterSchema.parse({
    q: first(params.q),
    category: first(params.category),
    brand: first(params.brand),
    status: first(params.status),
    stock: first(params.stock),
    page: first(params.page),
  });
}

/** The list's URL for a filter, default values left out. */
export function adminProductsHref(filter: Partial<AdminProductFilter>): string {
  const params = new URLSearchParams();
  if (filter.q) params.set('q', filter.q);
  if (filter.category) params.set('category', String(filter.category));
  if (filter.brand) params.set('brand', String(filter.brand));
  if (filter.status && filter.status !== 'all') params.set('status', filter.status);
  if (filter.stock) params.set('stock', filter.stock);
  if (filter.page && filter.page > 1) params.set('page', String(filter.page));
  const query = params.toString();
  return query ? `/admin/products?${query}` : '/admin/products';
}
