import type { NextRequest } from 'next/server';
import { accountCartId } from '@/lib/account/api';
import { orderNumberParamSchema } from '@/lib/account/api-schemas';
import { getAccountOrder } from '@/lib/account/orders';
import { describeReorder, reorderToCart } from '@/lib/account/reorder';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, jsonResponse, parseOrThrow } from '@/lib/api/handler';
import { requireBearer } from '@/lib/auth/bearer';
import { tooManyRequests } from '@/lib/cart/api';
import { getCartView } from '@/lib/cart/cart';
import { shippingRule } from '@/lib/checkout/config';
import { getDb } from '@/lib/db/client';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';

// POST /api/me/orders/{number}/reorder – "Mua lại": the order's lines back into the account's cart at today's prices
export const POST = apiRoute(async (req: NextRequest, ctx: RouteContext<'/api/me/orders/[number]/reorder'>) => {
  const caller = await requireBearer(req);
  const { number } = parseOrThrow(orderNumberParamSchema, await ctx.params);
  const db = await getDb();
  const order = await getAccountOrder(db, caller.user, number);
  if (!order) throw new ApiError(404, 'not_found', 'Không tìm thấy đơn hàng.');
  const redis = await getRedis();
  const limit = await checkRateLimit(redis, RATE_LIMITS.cartWrite, clientIp(req.headers));
  if (!limit.ok) throw tooManyRequests(limit.retryAfterSeconds);
  const cartId = await accountCartId(redis, req, caller);
  const outcome = await reorderToCart(
    db,
    redis,
    cartId,
    order.items.map((i) => ({ variantId: i.variantId, quantity: i.quantity, name: i.name })),
  );
  const { text } = describeReorder(order.number, outcome);
  if (outcome.addedUnits === 0) throw new ApiError(409, 'nothing_added', text);
  return jsonResponse(
    {
      cartId,
      cart: await getCartView(db, redis, cartId, shippingRule()),
      notice: null,
      reorder: { addedUnits: outcome.addedUnits, message: text, skipped: outcome.skipped, capped: outcome.capped },
    },
    { headers: { 'cache-control': 'no-store' } },
  );
});
