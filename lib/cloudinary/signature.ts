import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { hasControlChars } from '@/lib/core/text';

// Cloudinary's published signing algorithm for uploads (cloudinary.com/documentation/authentication_signatures):
// every parameter except file, cloud_name, resource_type and api_key, sorted by name, written name=value and
// joined with '&' (array values joined with ','), the API secret appended, then the SHA-1 hex digest. Empty
// values are left out, as the official SDKs do.

const EXCLUDED = new Set(['file', 'cloud_name', 'resource_type', 'api_key']);

type ParamValue = string | number | boolean | (string | number)[];

export function cloudinarySignature(params: Record<string, ParamValue | null | undefined>, apiSecret: string): string {
  const toSign = Object.entries(params)
    .filter(([key, value]) => !EXCLUDED.has(key) && value !== null && value !== undefined && value !== '')
    .map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : String(value)] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${value}`)
    .join('&');
  return createHash('sha1')
    .update(toSign + apiSecret)
    .digest('hex');
}

/** Signatures older than an hour are refused by Cloudinary; a timestamp far off ours is refused here first. */
export const SIGNATURE_MAX_SKEW_SECONDS = 3600;

/**
 * Values are joined into `name=value&name=value` before hashing, so an `&` or `=` inside a value would let one
 * value carry other parameters into what is signed (`tags: "x&notification_url=…"`). Control characters have no
 * business in any of them either.
 */
const safeText = (max: number) =>
  z
    .string()
    .max(max)
    .refine(
      (v) => !/[&=]/.test(v) && !hasControlChars(v),
      'Giá trị tham số tải ảnh không được chứa &, = hay ký tự điều khiển.',
    );
const paramValue = z.union([
  safeText(2000),
  z.number().finite(),
  z.boolean(),
  z.array(z.union([safeText(500), z.number().finite()])).max(50),
]);

/** A public id is one name inside the folder: no path of its own, so the upload cannot leave the folder. */
const PUBLIC_ID = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,199}$/;

/**
 * Upload parameters the widget sends for our options. Anything else is refused rather than signed: a signature
 * is a blank cheque for its parameters (notification_url, eval, overwrite, type=… would all be honoured).
 */
export const SIGNABLE_PARAMS = [
  'timestamp',
  'source',
  'folder',
  'asset_folder',
  'tags',
  'context',
  'upload_preset',
  'public_id',
  'use_filename',
  'unique_filename',
  'filename_override',
  'display_name',
  'custom_coordinates',
] as const;

/** The body next-cloudinary's upload widget posts to its signatureEndpoint: { paramsToSign: {...} }. */
export function signRequestSchema(folder: string) {
  return z.object({
    paramsToSign: z
      .partialRecord(z.enum(SIGNABLE_PARAMS, { error: 'Tham số tải ảnh không được phép.' }), paramValue)
      .refine((p) => p.folder === folder, 'Thư mục tải ảnh không được phép.')
      .refine((p) => p.asset_folder === undefined || p.asset_folder === folder, 'Thư mục tải ảnh không được phép.')
      .refine(
        (p) => p.public_id === undefined || (typeof p.public_id === 'string' && PUBLIC_ID.test(p.public_id)),
        'Tên ảnh không hợp lệ.',
      )
      .refine((p) => {
        const ts = Number(p.timestamp);
        return Number.isInteger(ts) && Math.abs(ts - Date.now() / 1000) <= SIGNATURE_MAX_SKEW_SECONDS;
      }, 'Thiếu timestamp hoặc timestamp không hợp lệ.'),
  });
}
