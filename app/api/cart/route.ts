import type { NextRequest } from 'next/server';
import { apiRoute } from '@/lib/api/handler';
import { cartContext, cartResponse } from '@/lib/cart/api';

// GET /api/cart – the cart with prices and stock read from the database now
export const GET = apiRoute(async (req: NextRequest) => {
  const { redis, cartId, isNew, account } = await cartContext(req, { write: false });
  // Reading an empty cart mints no cookie. The page asks for the cart when it loads; had this answer set a
  // fresh id, it could land after the add-to-cart that created the shopper's cart and replace its cookie,
  // and checkout would find an empty cart. The first write sets the cookie (the app gets the id in the body).
  return cartResponse(redis, cartId, null, 200, { setCookie: !isNew && !account });
});
