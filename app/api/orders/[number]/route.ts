import { type NextRequest, NextResponse } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, parseOrThrow } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { verifyOrderAccessToken } from '@/lib/orders/access-token';
import { orderNumberSchema, orderTokenQuerySchema } from '@/lib/orders/api-schemas';
import { getOrderView } from '@/lib/orders/queries';

// GET /api/orders/{number}?token= – one order with its status and timeline, for whoever holds its token
export const GET = apiRoute(async (req: NextRequest, ctx: RouteContext<'/api/orders/[number]'>) => {
  const number = parseOrThrow(orderNumberSchema, (await ctx.params).number);
  const { token } = parseOrThrow(orderTokenQuerySchema, Object.fromEntries(req.nextUrl.searchParams));
  // A wrong token and an unknown order answer alike, so numbers cannot be probed.
  const order = verifyOrderAccessToken(number, token) ? await getOrderView(await getDb(), number) : null;
  if (!order) throw new ApiError(404, 'not_found', 'Không tìm thấy đơn hàng.');
  return NextResponse.json(order, { headers: { 'cache-control': 'private, no-store' } });
});
