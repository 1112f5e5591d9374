import { type NextRequest, NextResponse } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, parseJsonBody, parseOrThrow } from '@/lib/api/handler';
import { tooManyRequests } from '@/lib/cart/api';
import { getDb } from '@/lib/db/client';
import { verifyOrderAccessToken } from '@/lib/orders/access-token';
import {
  orderNumberSchema,
  orderTokenQuerySchema,
  type StartPaymentResponse,
  startPaymentRequestSchema,
} from '@/lib/orders/api-schemas';
import { startPaymentFailure } from '@/lib/payments/api';
import { startPayment } from '@/lib/payments/start-payment';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';

// POST /api/orders/{number}/pay?token= – start a new payment attempt for a pending order, or switch it to COD
export const POST = apiRoute(async (req: NextRequest, ctx: { params: Promise<{ number: string }> }) => {
  const number = parseOrThrow(orderNumberSchema, (await ctx.params).number);
  const { token } = parseOrThrow(orderTokenQuerySchema, Object.fromEntries(req.nextUrl.searchParams));
  const { paymentMethod } = await parseJsonBody(req, startPaymentRequestSchema);
  if (!verifyOrderAccessToken(number, token)) throw new ApiError(404, 'not_found', 'Không tìm thấy đơn hàng.');
  const ip = clientIp(req.headers);
  const limit = await checkRateLimit(await getRedis(), RATE_LIMITS.startPayment, ip);
  if (!limit.ok) throw tooManyRequests(limit.retryAfterSeconds);

  const result = await startPayment(await getDb(), { orderNumber: number, method: paymentMethod, clientIp: ip });
  if (!result.ok) throw startPaymentFailure(result);
  const body: StartPaymentResponse = {
    order: { number: result.orderNumber, status: result.status },
    payment: { method: result.method, ...(result.redirectUrl ? { redirectUrl: result.redirectUrl } : {}) },
  };
  return NextResponse.json(body, { headers: { 'cache-control': 'no-store' } });
});
