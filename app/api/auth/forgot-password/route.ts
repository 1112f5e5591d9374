import type { NextRequest } from 'next/server';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { requestPasswordReset } from '@/lib/auth/account';
import { forgotPasswordRequestSchema } from '@/lib/auth/api-schemas';
import { mailBudget } from '@/lib/auth/mobile-api';
import { getDb } from '@/lib/db/client';
import { kickOutbox } from '@/lib/outbox/scheduler';

// POST /api/auth/forgot-password – e-mail a reset link if the account exists (the same answer either way)
export const POST = apiRoute(async (req: NextRequest) => {
  const { email } = await parseJsonBody(req, forgotPasswordRequestSchema);
  await mailBudget(req);
  await requestPasswordReset(await getDb(), email);
  kickOutbox();
  return jsonResponse(
    {
      message:
        'Nếu email này có tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu. Vui lòng kiểm tra hộp thư (cả mục thư rác).',
    },
    { status: 202, headers: { 'cache-control': 'no-store' } },
  );
});
