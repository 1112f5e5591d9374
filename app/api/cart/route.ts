import type { NextRequest } from 'next/server';
import { apiRoute } from '@/lib/api/handler';
import { cartContext, cartResponse } from '@/lib/cart/api';

// GET /api/cart – the cart with prices and stock read from the database now
export const GET = apiRoute(async (req: NextRequest) => {
  const { redis, cartId } = await cartContext(req, { write: false });
  return cartResponse(redis, cartId, null);
});
