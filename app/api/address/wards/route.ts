import { type NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { wardOptions } from '@/lib/address/data';
import { provinceCodeSchema } from '@/lib/address/schemas';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, parseOrThrow } from '@/lib/api/handler';

const querySchema = z.object({ province: provinceCodeSchema });

// GET /api/address/wards?province=01 – wards and communes of a province (administrative units since 1 July 2025)
export const GET = apiRoute(async (req: NextRequest) => {
  const { province } = parseOrThrow(querySchema, Object.fromEntries(req.nextUrl.searchParams));
  const items = wardOptions(province);
  if (!items) throw new ApiError(404, 'not_found', 'Không tìm thấy tỉnh/thành phố.');
  return NextResponse.json({ items }, { headers: { 'cache-control': 'public, max-age=86400' } });
});
