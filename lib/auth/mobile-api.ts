import 'server-only';
import type { NextRequest } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { jsonResponse } from '@/lib/api/handler';
import { attachCartToAccount } from '@/lib/cart/account-cart';
import { tooManyRequests } from '@/lib/cart/api';
import { requestCartId } from '@/lib/cart/cart-id';
import type { Db } from '@/lib/db/types';
import { logger } from '@/lib/log/logger';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS, type RateLimit } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';
import type { z } from 'zod';
import type { tokenResponseSchema } from './api-schemas';
import { type DeviceInfo, type SignedIn, startAppSession } from './app-sessions';
import { upsertGoogleUser } from './google';
import { verifyGoogleIdToken } from './google-id-token';
import { authenticate, rateLimitedMessage, SIGN_IN_FAILED_MESSAGE } from './sign-in';
import { toSessionUser } from './users';

// The mobile app's sign-in, shared by the token routes: the web's own checks (authenticate() with its rate
// limits, upsertGoogleUser() for linking), then an app session, and the device's guest cart joins the
// account's cart as it does in a browser.

/** Refreshing is cheap for us and useless to a guesser (the tokens are 256-bit), but it writes rows. */
export const REFRESH_LIMIT: RateLimit = { name: 'token-refresh', limit: 60, windowMs: 60_000 };

export function deviceInfo(req: NextRequest, method: DeviceInfo['method'], deviceName?: string): DeviceInfo {
  return {
    method,
    ip: clientIp(req.headers),
    deviceName: deviceName || (req.headers.get('user-agent') ?? '').slice(0, 200),
  };
}

type TokenResponse = z.infer<typeof tokenResponseSchema>;

/** The answer to a sign-in, with the account's cart once the device's guest cart has joined it. */
export async function tokenResponse(req: NextRequest, signedIn: SignedIn, status = 200) {
  let cartId: string | undefined;
  try {
    cartId = await attachCartToAccount(await getRedis(), signedIn.user.id, requestCartId(req));
  } catch (err) {
    // Redis down must not stop anybody signing in: the cart merges at the next cart request.
    logger.warn({ err, userId: signedIn.user.id }, 'could not attach the cart at app sign-in');
  }
  const { id, email, name, role, emailVerified } = signedIn.user;
  const body: TokenResponse = {
    accessToken: signedIn.accessToken,
    refreshToken: signedIn.refreshToken,
    expiresIn: signedIn.expiresIn,
    tokenType: 'Bearer',
    user: { id, email, name, role, emailVerified },
    ...(cartId ? { cartId } : {}),
  };
  return jsonResponse(body, { status, headers: { 'cache-control': 'no-store' } });
}

export async function signInWithPassword(
  db: Db,
  input: { email: string; password: string },
  device: DeviceInfo,
): Promise<SignedIn> {
  const result = await authenticate(db, await getRedis(), input, device.ip);
  if (!result.ok) {
    if (result.code === 'rate_limited') {
      throw new ApiError(429, 'rate_limited', rateLimitedMessage(result.retryAfterSeconds), undefined, {
        retryAfterSeconds: result.retryAfterSeconds,
      });
    }
    throw new ApiError(401, 'invalid_credentials', SIGN_IN_FAILED_MESSAGE);
  }
  return startAppSession(db, result.user, device);
}

export async function signInWithGoogle(db: Db, idToken: string, device: DeviceInfo): Promise<SignedIn> {
  // Counted like password attempts per address: a token guesser gets no more tries than a password guesser.
  const limit = await checkRateLimit(await getRedis(), RATE_LIMITS.signInIp, device.ip);
  if (!limit.ok) throw tooManyRequests(limit.retryAfterSeconds);
  const verified = await verifyGoogleIdToken(idToken);
  if (!verified.ok) {
    if (verified.code === 'unavailable') {
      throw new ApiError(503, 'google_unavailable', 'Đăng nhập bằng Google tạm thời không khả dụng.');
    }
    throw new ApiError(
      401,
      'invalid_google_token',
      verified.code === 'unverified_email'
        ? 'Email Google này chưa được xác minh.'
        : 'Không xác thực được tài khoản Google, vui lòng thử lại.',
    );
  }
  const user = await upsertGoogleUser(db, verified.identity.email, verified.identity.name);
  if (!user) throw new ApiError(401, 'invalid_google_token', SIGN_IN_FAILED_MESSAGE);
  return startAppSession(db, toSessionUser(user), device);
}

/** Sign-up, verification and reset e-mails per client address, as on the web. */
export async function mailBudget(req: NextRequest): Promise<void> {
  const limit = await checkRateLimit(await getRedis(), RATE_LIMITS.accountEmail, clientIp(req.headers));
  if (!limit.ok) {
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    throw new ApiError(
      429,
      'rate_limited',
      `Bạn thao tác quá nhanh, vui lòng thử lại sau ${minutes} phút.`,
      undefined,
      {
        retryAfterSeconds: limit.retryAfterSeconds,
      },
    );
  }
}
