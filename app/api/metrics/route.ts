import { type NextRequest, NextResponse } from 'next/server';
import { requireBearer } from '@/lib/api/cron-auth';
import { apiRoute } from '@/lib/api/handler';
import { getEnv } from '@/lib/env';
import { metrics } from '@/lib/metrics/registry';
import { collectScrapeMetrics } from '@/lib/metrics/scrape';

// GET /api/metrics – Prometheus metrics of this instance (Authorization: Bearer METRICS_TOKEN; in production
// without a token it answers nobody, never everybody)
export const GET = apiRoute(async (req: NextRequest) => {
  const { METRICS_TOKEN: token, NODE_ENV } = getEnv();
  if (token || NODE_ENV === 'production') requireBearer(req, token);
  await collectScrapeMetrics();
  const { registry } = metrics();
  return new NextResponse(await registry.metrics(), {
    headers: { 'content-type': registry.contentType, 'cache-control': 'no-store' },
  });
});
