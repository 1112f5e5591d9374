import { type NextRequest, NextResponse } from 'next/server';
import { apiRoute } from '@/lib/api/handler';
import { requireCronSecret } from '@/lib/api/cron-auth';
import { runExpiryOnce } from '@/lib/payments/expiry-scheduler';

async function expire(req: NextRequest) {
  requireCronSecret(req);
  const result = await runExpiryOnce();
  return NextResponse.json({ ran: result !== null, expired: result?.expired ?? [] });
}

// GET /api/cron/expire-orders – expire unpaid orders past their window (Authorization: Bearer CRON_SECRET)
export const GET = apiRoute(expire);
// POST /api/cron/expire-orders – the same, for schedulers that POST
export const POST = apiRoute(expire);
