import type { NextRequest } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { signUp } from '@/lib/auth/account';
import { signUpRequestSchema } from '@/lib/auth/api-schemas';
import { mailBudget } from '@/lib/auth/mobile-api';
import { getDb } from '@/lib/db/client';
import { kickOutbox } from '@/lib/outbox/scheduler';

// POST /api/auth/sign-up – create an account and send the verification e-mail (then sign in with POST /api/auth/token)
export const POST = apiRoute(async (req: NextRequest) => {
  const input = await parseJsonBody(req, signUpRequestSchema);
  await mailBudget(req);
  const result = await signUp(await getDb(), input);
  if (!result.ok) throw new ApiError(409, result.code, result.message, { email: result.message });
  kickOutbox();
  return jsonResponse(
    { message: `Đã tạo tài khoản. Chúng tôi đã gửi email xác minh tới ${input.email}.` },
    { status: 201, headers: { 'cache-control': 'no-store' } },
  );
});
