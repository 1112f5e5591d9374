import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';

// A guest opens their order with a secret link, and the mobile app with the same token. The token is
// an HMAC of the order number under a server secret: nothing to store, the same on every instance, and
// the same when an idempotent repeat returns the order again.

export function orderAccessToken(orderNumber: string, secret = getEnv().ORDER_TOKEN_SECRET): string {
  return createHmac('sha256', secret).update(`order:${orderNumber}`).digest('base64url');
}

export function verifyOrderAccessToken(
  orderNumber: string,
  token: string,
  secret = getEnv().ORDER_TOKEN_SECRET,
): boolean {
  const expected = Buffer.from(orderAccessToken(orderNumber, secret));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
