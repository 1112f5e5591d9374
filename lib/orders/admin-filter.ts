import { z } from 'zod';
import { ORDER_STATUSES, PAYMENT_METHODS } from '@/db/schema';

// The filters of the /admin/orders list and of its CSV export: one schema for both, read from the query
// string. Dates are Vietnamese calendar days (Asia/Ho_Chi_Minh), both ends included.

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày không hợp lệ (định dạng YYYY-MM-DD)')
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  }, 'Ngày không tồn tại');

const FIELDS = {
  status: z.enum(ORDER_STATUSES, { error: 'Trạng thái không hợp lệ' }),
  method: z.enum(PAYMENT_METHODS, { error: 'Phương thức thanh toán không hợp lệ' }),
  from: isoDay,
  to: isoDay,
  q: z.string().trim().max(100, 'Từ khóa tối đa 100 ký tự'),
} as const;

export type OrderFilter = {
  status?: z.infer<typeof FIELDS.status>;
  method?: z.infer<typeof FIELDS.method>;
  from?: string;
  to?: string;
  q?: string;
};

export const ORDER_FILTER_KEYS = Object.keys(FIELDS) as (keyof OrderFilter)[];

/**
 * Each field on its own: a bad one is reported (the page shows it beside its field, the export answers 400)
 * and left out, and the others still apply. Empty fields are no filter.
 */
export function parseOrderFilter(query: URLSearchParams): { filter: OrderFilter; errors: Record<string, string> } {
  const filter: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const key of ORDER_FILTER_KEYS) {
    const raw = query.get(key);
    if (raw === null || raw.trim() === '') continue;
    const parsed = FIELDS[key].safeParse(raw);
    if (parsed.success) {
      if (parsed.data !== '') filter[key] = parsed.data;
    } else errors[key] = parsed.error.issues[0]?.message ?? 'Không hợp lệ';
  }
  const result = filter as OrderFilter;
  if (result.from && result.to && result.from > result.to) {
    errors.to = 'Ngày kết thúc phải sau ngày bắt đầu';
    delete result.to;
  }
  return { filter: result, errors };
}

/** The query string of a filter (plus extras such as the page), keys in a stable order. */
export function orderFilterQuery(filter: OrderFilter, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const key of ORDER_FILTER_KEYS) {
    const value = filter[key];
    if (value) query.set(key, value);
  }
  for (const [k, v] of Object.entries(extra)) query.set(k, v);
  return query.toString();
}

/** next's searchParams object -> URLSearchParams (first value of a repeated key). */
export function toUrlSearchParams(params: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined) out.set(k, value);
  }
  return out;
}
