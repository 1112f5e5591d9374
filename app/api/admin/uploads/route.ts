import { NextResponse } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute } from '@/lib/api/handler';
import { requireApiPermission } from '@/lib/auth/session';
import { uploadTarget } from '@/lib/catalog-admin/image-source';
import { getEnv } from '@/lib/env';
import { MAX_UPLOAD_BYTES, saveLocalUpload } from '@/lib/uploads/local-store';

const TOO_LARGE = 'Ảnh quá lớn: tối đa 5 MB.';

// POST /api/admin/uploads – store a product image on this server (when Cloudinary is not configured)
export const POST = apiRoute(async (req) => {
  await requireApiPermission('admin:access');
  if (uploadTarget().kind !== 'local') {
    throw new ApiError(409, 'use_cloudinary', 'Ảnh được tải lên Cloudinary, không lưu trên máy chủ này.');
  }
  // Refused before the body is read; multipart framing adds a little to the file itself.
  if (Number(req.headers.get('content-length') ?? 0) > MAX_UPLOAD_BYTES + 64 * 1024) {
    throw new ApiError(413, 'too_large', TOO_LARGE, { file: TOO_LARGE });
  }
  let file: FormDataEntryValue | null;
  try {
    file = (await req.formData()).get('file');
  } catch {
    file = null;
  }
  if (!(file instanceof File)) {
    throw new ApiError(400, 'invalid_request', 'Vui lòng chọn một tệp ảnh.', { file: 'Vui lòng chọn một tệp ảnh.' });
  }
  if (file.size > MAX_UPLOAD_BYTES) throw new ApiError(413, 'too_large', TOO_LARGE, { file: TOO_LARGE });
  const saved = await saveLocalUpload(getEnv().UPLOAD_DIR, new Uint8Array(await file.arrayBuffer()));
  if (!saved.ok) {
    throw new ApiError(saved.code === 'too_large' ? 413 : 415, saved.code, saved.message, { file: saved.message });
  }
  return NextResponse.json({ src: saved.src, width: saved.width, height: saved.height }, { status: 201 });
});
