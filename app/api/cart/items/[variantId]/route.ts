import type { NextRequest } from 'next/server';
import { apiRoute, parseJsonBody, parseOrThrow } from '@/lib/api/handler';
import { cartContext, cartResponse, throwIfFailed } from '@/lib/cart/api';
import { removeFromCart, setCartQuantity } from '@/lib/cart/cart';
import { setCartQuantitySchema, variantIdParamSchema } from '@/lib/cart/dto';
import { getDb } from '@/lib/db/client';

type Ctx = RouteContext<'/api/cart/items/[variantId]'>;

// PATCH /api/cart/items/{variantId} – set a line's quantity (0 removes it)
export const PATCH = apiRoute(async (req: NextRequest, ctx: Ctx) => {
  const { variantId } = parseOrThrow(variantIdParamSchema, await ctx.params);
  const { quantity } = await parseJsonBody(req, setCartQuantitySchema);
  const { redis, cartId, account } = await cartContext(req, { write: true });
  const notice = throwIfFailed(await setCartQuantity(await getDb(), redis, cartId, variantId, quantity));
  return cartResponse(redis, cartId, notice, 200, { setCookie: !account });
});

// DELETE /api/cart/items/{variantId} – remove a line
export const DELETE = apiRoute(async (req: NextRequest, ctx: Ctx) => {
  const { variantId } = parseOrThrow(variantIdParamSchema, await ctx.params);
  const { redis, cartId, account } = await cartContext(req, { write: true });
  await removeFromCart(redis, cartId, variantId);
  return cartResponse(redis, cartId, null, 200, { setCookie: !account });
});
