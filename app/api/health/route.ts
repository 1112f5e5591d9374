import { NextResponse } from 'next/server';

// GET /api/health – liveness: the process is up and serving (touches no dependency)
export const dynamic = 'force-dynamic'; // answered per request, never prerendered at build
export function GET() {
  return NextResponse.json({ status: 'ok' }, { headers: { 'cache-control': 'no-store' } });
}
