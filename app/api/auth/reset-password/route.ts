import type { NextRequest } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { resetPassword } from '@/lib/auth/account';
import { resetPasswordRequestSchema } from '@/lib/auth/api-schemas';
import { getDb } from '@/lib/db/client';

// POST /api/auth/reset-password – set a new password with the e-mailed token; every session, web and app, ends
export const POST = apiRoute(async (req: NextRequest) => {
  const { token, password } = await parseJsonBody(req, resetPasswordRequestSchema);
  if (!(await resetPassword(await getDb(), token, password))) {
    throw new ApiError(
      400,
      'invalid_token',
      'Liên kết đặt lại mật khẩu đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu liên kết mới.',
    );
  }
  return jsonResponse(
    { message: 'Đã đặt lại mật khẩu. Vui lòng đăng nhập lại.' },
    { headers: { 'cache-control': 'no-store' } },
  );
});
