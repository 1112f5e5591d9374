import 'server-only';
import type { NextRequest, NextResponse } from 'next/server';
import { getEnv } from '@/lib/env';
import { CART_TTL_MS, cartIdSchema } from './cart';

// Which cart a request means: the httpOnly cookie (browsers), else the X-Cart-Id header (mobile app).
// A missing or malformed id means a new, empty cart; the id is a random UUID, so it is also the secret.

export const CART_COOKIE = 'atl_cart';

export function cartIdFrom(cookieValue: string | undefined, header: string | null): string | null {
  for (const candidate of [cookieValue, header]) {
    const parsed = cartIdSchema.safeParse(candidate?.trim());
    if (parsed.success) return parsed.data;
  }
  return null;
}

export function requestCartId(req: NextRequest): string | null {
  return cartIdFrom(req.cookies.get(CART_COOKIE)?.value, req.headers.get('x-cart-id'));
}

export function newCartId(): string {
  return crypto.randomUUID();
}

export const cartCookieOptions = () =>
  ({
    httpOnly: true,
    sameSite: 'lax',
    secure: getEnv().NODE_ENV === 'production' && getEnv().SITE_URL.startsWith('https://'),
    path: '/',
    maxAge: Math.floor(CART_TTL_MS / 1000),
  }) as const;

export function setCartCookie(res: NextResponse, cartId: string): NextResponse {
  res.cookies.set(CART_COOKIE, cartId, cartCookieOptions());
  return res;
}
