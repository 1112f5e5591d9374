import type { NextRequest } from 'next/server';
import { orderNumberParamSchema } from '@/lib/account/api-schemas';
import { getAccountOrder } from '@/lib/account/orders';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, jsonResponse, parseOrThrow } from '@/lib/api/handler';
import { requireBearer } from '@/lib/auth/bearer';
import { getDb } from '@/lib/db/client';

// GET /api/me/orders/{number} – one of the account's orders with its timeline
export const GET = apiRoute(async (req: NextRequest, ctx: RouteContext<'/api/me/orders/[number]'>) => {
  const { user } = await requireBearer(req);
  const { number } = parseOrThrow(orderNumberParamSchema, await ctx.params);
  const order = await getAccountOrder(await getDb(), user, number);
  if (!order) throw new ApiError(404, 'not_found', 'Không tìm thấy đơn hàng.');
  return jsonResponse(order, { headers: { 'cache-control': 'private, no-store' } });
});
