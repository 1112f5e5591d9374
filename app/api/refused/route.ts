import { NextResponse } from 'next/server';
import { refusalFromQuery } from '@/lib/http/refusal';

// ANY /api/refused – the answer to a request refused before routing (lib/http/request-guard.ts)
function answer(req: Request): Response {
  const { status, body } = refusalFromQuery(new URL(req.url).searchParams);
  return NextResponse.json(body, { status, headers: { 'cache-control': 'no-store' } });
}

export const GET = answer;
export const POST = answer;
export const PUT = answer;
export const PATCH = answer;
export const DELETE = answer;
export const HEAD = answer;
export const OPTIONS = answer;
