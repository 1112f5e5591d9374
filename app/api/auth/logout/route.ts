import type { NextRequest } from 'next/server';
import { signOutEverywhere } from '@/lib/account/profile';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, parseJsonBody } from '@/lib/api/handler';
import { logoutRequestSchema } from '@/lib/auth/api-schemas';
import { endAppSession, endAppSessionByRefreshToken } from '@/lib/auth/app-sessions';
import { bearerCaller, unauthorized } from '@/lib/auth/bearer';
import { getDb } from '@/lib/db/client';

// POST /api/auth/logout – end this device's session (Bearer and/or its refresh token); everywhere: every device and browser
export const POST = apiRoute(async (req: NextRequest) => {
  const input = await parseJsonBody(req, logoutRequestSchema);
  const caller = await bearerCaller(req);
  const db = await getDb();
  if (input.everywhere) {
    if (!caller) throw unauthorized();
    await signOutEverywhere(db, caller.user.id);
    return new Response(null, { status: 204 });
  }
  if (!caller && !input.refreshToken) {
    throw new ApiError(400, 'invalid_request', 'Dữ liệu gửi lên không hợp lệ.', {
      refreshToken: 'Cần refresh token hoặc access token.',
    });
  }
  if (caller) await endAppSession(db, caller.user.id, caller.sessionId, 'logout');
  // An unknown refresh token is not worth an error: the device is signed out either way.
  if (input.refreshToken) await endAppSessionByRefreshToken(db, input.refreshToken);
  return new Response(null, { status: 204 });
});
