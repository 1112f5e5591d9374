import { NextResponse } from 'next/server';
import { pingDatabase } from '@/lib/db/client';
import { isDraining } from '@/lib/lifecycle/shutdown';
import { logger } from '@/lib/log/logger';

// GET /api/ready – readiness: the database answers and no shutdown has begun (the load balancer sends traffic only then)
export const dynamic = 'force-dynamic'; // answered per request, never prerendered at build
export async function GET() {
  if (isDraining()) {
    return NextResponse.json(
      { status: 'draining', checks: {} },
      { status: 503, headers: { 'cache-control': 'no-store' } },
    );
  }
  const checks: Record<string, 'ok' | 'error'> = {};
  try {
    await pingDatabase();
    checks.database = 'ok';
  } catch (err) {
    logger.warn({ err }, 'readiness check: database unreachable');
    checks.database = 'error';
  }
  const ready = Object.values(checks).every((c) => c === 'ok');
  return NextResponse.json(
    { status: ready ? 'ready' : 'unavailable', checks },
    { status: ready ? 200 : 503, headers: { 'cache-control': 'no-store' } },
  );
}
