import type { NextRequest } from 'next/server';
import { apiRoute, parseJsonBody } from '@/lib/api/handler';
import { cartContext, cartResponse, throwIfFailed } from '@/lib/cart/api';
import { addToCart } from '@/lib/cart/cart';
import { addCartItemSchema } from '@/lib/cart/dto';
import { getDb } from '@/lib/db/client';

// POST /api/cart/items – add a variant (quantity capped to the stock left, with a notice)
export const POST = apiRoute(async (req: NextRequest) => {
  const { variantId, quantity } = await parseJsonBody(req, addCartItemSchema);
  const { redis, cartId, isNew, account } = await cartContext(req, { write: true });
  const notice = throwIfFailed(await addToCart(await getDb(), redis, cartId, variantId, quantity));
  return cartResponse(redis, cartId, notice, isNew ? 201 : 200, { setCookie: !account });
});
