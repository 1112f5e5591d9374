import { type NextRequest, NextResponse } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, parseOrThrow } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { verifyOrderAccessToken } from '@/lib/orders/access-token';
import { orderNumberSchema, orderTokenQuerySchema } from '@/lib/orders/api-schemas';
import { downloadHeaders } from '@/lib/privacy/download';
import { exportOrderData } from '@/lib/privacy/export';
import { clientIp } from '@/lib/http/client-ip';

// GET /api/orders/{number}/data-export?token= – a guest's personal data held with this order, as a JSON download
export const GET = apiRoute(async (req: NextRequest, ctx: RouteContext<'/api/orders/[number]/data-export'>) => {
  const number = parseOrThrow(orderNumberSchema, (await ctx.params).number);
  const { token } = parseOrThrow(orderTokenQuerySchema, Object.fromEntries(req.nextUrl.searchParams));
  const data = verifyOrderAccessToken(number, token)
    ? await exportOrderData(await getDb(), number, clientIp(req.headers))
    : null;
  if (!data) throw new ApiError(404, 'not_found', 'Không tìm thấy đơn hàng.');
  return NextResponse.json(data, { headers: downloadHeaders(`du-lieu-don-${number}.json`) });
});
