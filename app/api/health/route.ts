import { NextResponse } from 'next/server';

// GET /api/health – liveness: the process is up and serving (touches no dependency)
export function GET() {
  return NextResponse.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
