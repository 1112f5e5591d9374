import { type NextRequest, NextResponse } from 'next/server';
import { requireCronSecret } from '@/lib/api/cron-auth';
import { apiRoute } from '@/lib/api/handler';
import { runPrivacyOnce } from '@/lib/privacy/scheduler';

// POST /api/cron/privacy – due account erasures and the retention purge (Authorization: Bearer CRON_SECRET)
export const POST = apiRoute(async (req: NextRequest) => {
  requireCronSecret(req);
  const result = await runPrivacyOnce();
  return NextResponse.json({ ran: result !== null, ...(result ?? {}) });
});
