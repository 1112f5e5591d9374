import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/handler';
import { getCurrentUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { exportAccountData } from '@/lib/privacy/export';
import { downloadHeaders } from '@/lib/privacy/download';
import { clientIp } from '@/lib/http/client-ip';

// GET /api/account/data-export – the signed-in customer's personal data as a JSON download
export const GET = apiRoute(async (req: Request) => {
  const user = await getCurrentUser();
  if (!user) throw new ApiError(401, 'unauthorized', 'Vui lòng đăng nhập.');
  const data = await exportAccountData(await getDb(), user.id, clientIp(req.headers));
  if (!data) throw new ApiError(404, 'not_found', 'Không tìm thấy tài khoản.');
  return NextResponse.json(data, { headers: downloadHeaders(`du-lieu-ca-nhan-${user.id}.json`) });
});
