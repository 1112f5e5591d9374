import { type NextRequest, NextResponse } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/handler';
import { getDb } from '@/lib/db/client';
import { unsubscribe } from '@/lib/privacy/unsubscribe-action';
import { clientIp } from '@/lib/http/client-ip';

// POST /api/unsubscribe?c=&a=&t= – RFC 8058 one-click unsubscribe from a marketing message's List-Unsubscribe header
export const POST = apiRoute(async (req: NextRequest) => {
  const done = await unsubscribe(await getDb(), Object.fromEntries(req.nextUrl.searchParams), clientIp(req.headers));
  if (!done) throw new ApiError(404, 'not_found', 'Liên kết hủy đăng ký không hợp lệ.');
  return NextResponse.json({ unsubscribed: true }, { headers: { 'cache-control': 'no-store' } });
});
