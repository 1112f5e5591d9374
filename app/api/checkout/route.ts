import type { NextRequest } from 'next/server';
import { apiRoute, jsonResponse, parseJsonBody, parseOrThrow } from '@/lib/api/handler';
import { bearerCaller } from '@/lib/auth/bearer';
import { getCurrentUser } from '@/lib/auth/session';
import { attachCartToAccount } from '@/lib/cart/account-cart';
import { requestCartId } from '@/lib/cart/cart-id';
import { checkoutFailure } from '@/lib/checkout/api';
import { checkout } from '@/lib/checkout/checkout';
import { checkoutSchema, idempotencyKeySchema } from '@/lib/checkout/schemas';
import { pinReadsToPrimary } from '@/lib/db/read-your-writes';
import type { PlacedOrderResponse } from '@/lib/orders/api-schemas';
import { clientIp } from '@/lib/http/client-ip';
import { getRedis } from '@/lib/redis/client';

// POST /api/checkout – place an order from the cart (Idempotency-Key header; a repeat returns the same order);
// online methods answer payment.redirectUrl, the gateway page to send the shopper to
export const POST = apiRoute(async (req: NextRequest) => {
  // The body first: an oversized one is a 413 whatever the headers say.
  const request = await parseJsonBody(req, checkoutSchema);
  const idempotencyKey = parseOrThrow(idempotencyKeySchema, req.headers.get('idempotency-key') ?? undefined);
  // A Bearer token (the mobile app signed in) or a session cookie (the web calling its own API) files the order
  // under the account, from the account's cart; without either it is a guest order.
  const caller = await bearerCaller(req);
  const customer = caller?.user ?? (await getCurrentUser());
  const redis = await getRedis();
  const result = await checkout(redis, {
    cartId: caller ? await attachCartToAccount(redis, caller.user.id, requestCartId(req)) : requestCartId(req),
    request,
    idempotencyKey,
    customerId: customer?.id ?? null,
    clientIp: clientIp(req.headers),
  });
  if (!result.ok) throw checkoutFailure(result);
  await pinReadsToPrimary(); // the shopper's order pages read the primary for a while
  const { order } = result;
  const body: PlacedOrderResponse = {
    order: {
      number: order.number,
      status: order.status,
      subtotal: order.subtotal,
      shippingFee: order.shippingFee,
      total: order.total,
      items: order.items,
      accessToken: order.accessToken,
    },
    payment: {
      method: order.paymentMethod,
      ...(result.payment.redirectUrl ? { redirectUrl: result.payment.redirectUrl } : {}),
      ...(result.payment.error ? { error: result.payment.error } : {}),
    },
    priceChanges: result.priceChanges,
  };
  return jsonResponse(body, {
    status: 201,
    headers: { 'cache-control': 'no-store', ...(result.replayed ? { 'idempotent-replayed': 'true' } : {}) },
  });
});
