import type { NextRequest } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/handler';
import { requireApiPermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { parseOrderFilter } from '@/lib/orders/admin-filter';
import { ordersCsvStream } from '@/lib/orders/export-csv';

// GET /api/admin/orders/export – the /admin/orders list with the same filters, as a CSV file for Excel
export const GET = apiRoute(async (req: NextRequest) => {
  await requireApiPermission('admin:access');
  const { filter, errors } = parseOrderFilter(req.nextUrl.searchParams);
  if (Object.keys(errors).length > 0) {
    throw new ApiError(400, 'invalid_request', 'Bộ lọc không hợp lệ.', errors);
  }
  const stamp = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  return new Response(ordersCsvStream(await getDb(), filter), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="don-hang-${stamp}.csv"`,
      'cache-control': 'no-store',
    },
  });
});
