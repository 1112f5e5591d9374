import type { NextRequest } from 'next/server';
import { CHANGE_PASSWORD_LIMIT, changePassword } from '@/lib/account/profile';
import { changePasswordRequestSchema } from '@/lib/account/api-schemas';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { startAppSession } from '@/lib/auth/app-sessions';
import { requireBearer } from '@/lib/auth/bearer';
import { deviceInfo } from '@/lib/auth/mobile-api';
import { tooManyRequests } from '@/lib/cart/api';
import { getDb } from '@/lib/db/client';
import { checkRateLimit } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';

// POST /api/me/password – change the password: every other device and browser is signed out, this one gets new tokens
export const POST = apiRoute(async (req: NextRequest) => {
  const { user } = await requireBearer(req);
  const input = await parseJsonBody(req, changePasswordRequestSchema);
  const limit = await checkRateLimit(await getRedis(), CHANGE_PASSWORD_LIMIT, String(user.id));
  if (!limit.ok) throw tooManyRequests(limit.retryAfterSeconds);
  const db = await getDb();
  const result = await changePassword(db, user.id, input);
  if (!result.ok) {
    const fields = result.code === 'wrong_password' ? { currentPassword: result.message } : undefined;
    throw new ApiError(result.code === 'wrong_password' ? 400 : 409, result.code, result.message, fields);
  }
  const signedIn = await startAppSession(
    db,
    { ...user, sessionVersion: result.sessionVersion },
    deviceInfo(req, 'password'),
  );
  return jsonResponse(
    {
      message: 'Đã đổi mật khẩu. Các thiết bị khác đã được đăng xuất.',
      accessToken: signedIn.accessToken,
      refreshToken: signedIn.refreshToken,
      expiresIn: signedIn.expiresIn,
      tokenType: signedIn.tokenType,
    },
    { headers: { 'cache-control': 'no-store' } },
  );
});
