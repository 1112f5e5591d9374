import 'server-only';
import { ApiError } from '@/lib/api/errors';
import { getDb } from '@/lib/db/client';
import { authenticateAccessToken, type BearerCaller } from './app-sessions';

// `Authorization: Bearer <access token>` on the JSON API (the mobile app). A request without the header is
// anonymous; one with a header that does not check out is refused with 401 (never served as a guest), so
// the app knows to refresh its token rather than silently losing the account's cart.

const challenge = (error: string) => ({ 'www-authenticate': `Bearer realm="api", error="${error}"` });

export const UNAUTHORIZED_MESSAGE = 'Vui lòng đăng nhập.';
export const INVALID_TOKEN_MESSAGE = 'Phiên đăng nhập đã hết hạn, vui lòng đăng nhập lại.';

export function invalidToken(): ApiError {
  return new ApiError(401, 'invalid_token', INVALID_TOKEN_MESSAGE, undefined, { headers: challenge('invalid_token') });
}

export function unauthorized(): ApiError {
  return new ApiError(401, 'unauthorized', UNAUTHORIZED_MESSAGE, undefined, {
    headers: { 'www-authenticate': 'Bearer realm="api"' },
  });
}

/** null without an Authorization header; the caller for a valid token; a 401 ApiError for anything else. */
export async function bearerCaller(req: Request): Promise<BearerCaller | null> {
  const header = req.headers.get('authorization');
  if (header === null) return null;
  const match = /^Bearer ([A-Za-z0-9_.~+/-]+=*)$/i.exec(header.trim());
  if (!match?.[1] || match[1].length > 4096) throw invalidToken();
  const caller = await authenticateAccessToken(await getDb(), match[1]);
  if (!caller) throw invalidToken();
  return caller;
}

/** Account routes of the API: a valid access token, or 401. */
export async function requireBearer(req: Request): Promise<BearerCaller> {
  const caller = await bearerCaller(req);
  if (!caller) throw unauthorized();
  return caller;
}
