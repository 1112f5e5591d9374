import type { NextRequest } from 'next/server';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { signUp } from '@/lib/auth/account';
import { signUpRequestSchema } from '@/lib/auth/api-schemas';
import { mailBudget } from '@/lib/auth/mobile-api';
import { getDb } from '@/lib/db/client';
import { kickOutbox } from '@/lib/outbox/scheduler';

// POST /api/auth/sign-up – create an account and send the verification e-mail (one answer whether or not the e-mail has an account) (then sign in with POST /api/auth/token)
export const POST = apiRoute(async (req: NextRequest) => {
  const input = await parseJsonBody(req, signUpRequestSchema);
  await mailBudget(req);
  // One answer whether or not the address already has an account (an existing owner is e-mailed instead), so
  // the endpoint cannot be used to find out who is a customer.
  await signUp(await getDb(), input);
  kickOutbox();
  return jsonResponse(
    { message: `Chúng tôi đã gửi email tới ${input.email}. Hãy mở email để tiếp tục.` },
    { status: 201, headers: { 'cache-control': 'no-store' } },
  );
});
