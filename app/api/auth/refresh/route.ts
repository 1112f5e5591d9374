import type { NextRequest } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { refreshRequestSchema } from '@/lib/auth/api-schemas';
import { refreshAppSession } from '@/lib/auth/app-sessions';
import { REFRESH_LIMIT } from '@/lib/auth/mobile-api';
import { tooManyRequests } from '@/lib/cart/api';
import { getDb } from '@/lib/db/client';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';

// POST /api/auth/refresh – spend a refresh token for the next pair; a spent one revokes its whole session (401)
export const POST = apiRoute(async (req: NextRequest) => {
  const { refreshToken } = await parseJsonBody(req, refreshRequestSchema);
  const ip = clientIp(req.headers);
  const limit = await checkRateLimit(await getRedis(), REFRESH_LIMIT, ip);
  if (!limit.ok) throw tooManyRequests(limit.retryAfterSeconds);
  const result = await refreshAppSession(await getDb(), refreshToken, ip);
  if (!result.ok) throw new ApiError(401, result.code, result.message);
  const { id, email, name, role, emailVerified } = result.user;
  return jsonResponse(
    {
      accessToken: result.accessToken,
      refreshToken: result.refreshToken,
      expiresIn: result.expiresIn,
      tokenType: result.tokenType,
      user: { id, email, name, role, emailVerified },
    },
    { headers: { 'cache-control': 'no-store' } },
  );
});
