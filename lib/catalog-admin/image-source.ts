import 'server-only';
import { getEnv } from '@/lib/env';
import { isLocalUploadSrc, localUploadExists } from '@/lib/uploads/local-store';

// Where admin image uploads go: Cloudinary when its cloud name and API key + secret are set (signed
// uploads from the browser, lib/cloudinary/signature.ts), otherwise this server's UPLOAD_DIR.

export type UploadTarget = { kind: 'cloudinary'; cloudName: string; apiKey: string } | { kind: 'local' };

export function uploadTarget(): UploadTarget {
  const env = getEnv();
  if (env.NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME && env.CLOUDINARY_API_KEY && env.CLOUDINARY_API_SECRET) {
    return { kind: 'cloudinary', cloudName: env.NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME, apiKey: env.CLOUDINARY_API_KEY };
  }
  return { kind: 'local' };
}

/** The folder signed uploads must go to (the widget is opened with it; the signer refuses others). */
export const CLOUDINARY_FOLDER = 'audio-tai-loc/products';

const CLOUDINARY_PUBLIC_ID = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+){0,5}$/;

/**
 * Whether an image src sent with "add image" names a stored upload: a file in UPLOAD_DIR, or (with
 * Cloudinary) a public id in our folder. Nothing else (another site's URL, a path under public/) is accepted.
 */
export async function uploadedImageExists(src: string): Promise<boolean> {
  if (isLocalUploadSrc(src)) return localUploadExists(getEnv().UPLOAD_DIR, src);
  return (
    uploadTarget().kind === 'cloudinary' && src.startsWith(`${CLOUDINARY_FOLDER}/`) && CLOUDINARY_PUBLIC_ID.test(src)
  );
}
