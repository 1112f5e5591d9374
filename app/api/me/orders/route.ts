import type { NextRequest } from 'next/server';
import { ordersQuerySchema } from '@/lib/account/api-schemas';
import { listAccountOrders } from '@/lib/account/orders';
import { apiRoute, jsonResponse, parseOrThrow } from '@/lib/api/handler';
import { requireBearer } from '@/lib/auth/bearer';
import { getDb } from '@/lib/db/client';

// GET /api/me/orders?page= – the account's orders, newest first (10 a page)
export const GET = apiRoute(async (req: NextRequest) => {
  const { user } = await requireBearer(req);
  const { page } = parseOrThrow(ordersQuerySchema, Object.fromEntries(req.nextUrl.searchParams));
  return jsonResponse(await listAccountOrders(await getDb(), user, page), {
    headers: { 'cache-control': 'private, no-store' },
  });
});
