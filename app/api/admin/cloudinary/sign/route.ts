import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, parseJsonBody } from '@/lib/api/handler';
import { requireApiPermission } from '@/lib/auth/session';
import { CLOUDINARY_FOLDER } from '@/lib/catalog-admin/image-source';
import { cloudinarySignature, signRequestSchema } from '@/lib/cloudinary/signature';
import { getEnv } from '@/lib/env';

// POST /api/admin/cloudinary/sign – sign the upload widget's parameters for a staff member's image upload
export const POST = apiRoute(async (req) => {
  await requireApiPermission('admin:access');
  const { NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME: cloudName, CLOUDINARY_API_SECRET: secret } = getEnv();
  if (!cloudName || !secret) {
    throw new ApiError(409, 'cloudinary_not_configured', 'Chưa cấu hình Cloudinary: ảnh được lưu trên máy chủ.');
  }
  const { paramsToSign } = await parseJsonBody(req, signRequestSchema(CLOUDINARY_FOLDER));
  return NextResponse.json(
    { signature: cloudinarySignature(paramsToSign, secret) },
    { headers: { 'cache-control': 'no-store' } },
  );
});
