import type { NextRequest } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { verifyEmail } from '@/lib/auth/account';
import { verifyEmailRequestSchema } from '@/lib/auth/api-schemas';
import { getDb } from '@/lib/db/client';

// POST /api/auth/verify-email – spend the token from the verification e-mail
export const POST = apiRoute(async (req: NextRequest) => {
  const { token } = await parseJsonBody(req, verifyEmailRequestSchema);
  if (!(await verifyEmail(await getDb(), token))) {
    throw new ApiError(400, 'invalid_token', 'Liên kết xác minh đã hết hạn hoặc đã được dùng.');
  }
  return jsonResponse({ message: 'Đã xác minh email.' }, { headers: { 'cache-control': 'no-store' } });
});
