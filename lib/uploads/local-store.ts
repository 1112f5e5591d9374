import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { IMAGE_TYPES, type ImageInfo, type ImageKind, readImageInfo } from './image-type';

// Product images stored on this server's disk when Cloudinary is not configured (development, tests, a
// single-instance shop with a persistent volume). Files get random names and are never overwritten or
// deleted: placed orders keep the src of the image they were bought with.

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** The image optimizer decodes the whole picture: a 100-megapixel upload would be a memory bomb. */
export const MAX_UPLOAD_DIMENSION = 8000;
export const UPLOAD_URL_PREFIX = '/uploads/';

const NAME = /^[a-f0-9]{32}\.(jpg|png|webp|avif)$/;

export type SavedUpload = { src: string; width: number; height: number; kind: ImageKind };
export type UploadRefusal = {
  ok: false;
  code: 'too_large' | 'unsupported' | 'too_big_dimensions' | 'empty';
  message: string;
};
export type UploadResult = ({ ok: true } & SavedUpload) | UploadRefusal;

/** Size, real type (magic bytes) and pixel size of an upload, before anything is written. */
export function checkUpload(bytes: Uint8Array): { ok: true; info: ImageInfo } | UploadRefusal {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'Tệp ảnh trống.' };
  if (bytes.length > MAX_UPLOAD_BYTES) {
    return { ok: false, code: 'too_large', message: 'Ảnh quá lớn: tối đa 5 MB.' };
  }
  const info = readImageInfo(bytes);
  if (!info) {
    return { ok: false, code: 'unsupported', message: 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF.' };
  }
  if (info.width > MAX_UPLOAD_DIMENSION || info.height > MAX_UPLOAD_DIMENSION) {
    return {
      ok: false,
      code: 'too_big_dimensions',
      message: `Ảnh quá lớn: tối đa ${MAX_UPLOAD_DIMENSION} × ${MAX_UPLOAD_DIMENSION} điểm ảnh.`,
    };
  }
  return { ok: true, info };
}

export async function saveLocalUpload(dir: string, bytes: Uint8Array): Promise<UploadResult> {
  const checked = checkUpload(bytes);
  if (!checked.ok) return checked;
  const { kind, width, height } = checked.info;
  const name = `${randomBytes(16).toString('hex')}.${IMAGE_TYPES[kind].ext}`;
  const file = path.join(/*turbopackIgnore: true*/ dir, name);
  await mkdir(dir, { recursive: true });
  // A run-time folder (UPLOAD_DIR), not part of the build: keep the bundler from tracing it.
  await writeFile(/*turbopackIgnore: true*/ file, bytes, { flag: 'wx' });
  return { ok: true, src: `${UPLOAD_URL_PREFIX}${name}`, width, height, kind };
}

/** A file name we could have written; anything else (../, other extensions, sub-folders) is not looked up. */
function safePath(dir: string, name: string): string | null {
  if (!NAME.test(name)) return null;
  const root = path.resolve(dir);
  const full = path.resolve(root, name);
  return full.startsWith(root + path.sep) ? full : null;
}

const MIME_BY_EXT: Record<string, string> = Object.fromEntries(Object.values(IMAGE_TYPES).map((t) => [t.ext, t.mime]));

export async function readLocalUpload(dir: string, name: string): Promise<{ bytes: Buffer; mime: string } | null> {
  const full = safePath(dir, name);
  if (!full) return null;
  try {
    const bytes = await readFile(/*turbopackIgnore: true*/ full);
    return { bytes, mime: MIME_BY_EXT[path.extname(name).slice(1)] ?? 'application/octet-stream' };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

export function isLocalUploadSrc(src: string): boolean {
  return src.startsWith(UPLOAD_URL_PREFIX) && NAME.test(src.slice(UPLOAD_URL_PREFIX.length));
}

export async function localUploadExists(dir: string, src: string): Promise<boolean> {
  if (!isLocalUploadSrc(src)) return false;
  const full = safePath(dir, src.slice(UPLOAD_URL_PREFIX.length));
  if (!full) return false;
  try {
    return (await stat(/*turbopackIgnore: true*/ full)).isFile();
  } catch {
    return false;
  }
}
