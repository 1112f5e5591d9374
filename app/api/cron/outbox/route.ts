import { timingSafeEqual } from 'node:crypto';
import { type NextRequest, NextResponse } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/handler';
import { getEnv } from '@/lib/env';
import { runOutboxOnce } from '@/lib/outbox/scheduler';

// POST /api/cron/outbox – one outbox pass, for an external scheduler (Authorization: Bearer CRON_SECRET)
export const POST = apiRoute(async (req: NextRequest) => {
  const secret = getEnv().CRON_SECRET;
  const given = Buffer.from(req.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(secret ?? '');
  if (!secret || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ApiError(401, 'unauthorized', 'Unauthorized');
  }
  const result = await runOutboxOnce();
  return NextResponse.json({ ran: result !== null, ...(result ?? {}) });
});
