import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { ApiError } from './errors';

/** Bearer check for routes called by an external scheduler: CRON_SECRET, compared in constant time. */
export function requireCronSecret(req: Request): void {
  requireBearer(req, getEnv().CRON_SECRET);
}

/** Throws 401 unless the request carries `Authorization: Bearer <secret>`; an unset secret refuses all. */
export function requireBearer(req: Request, secret: string | undefined): void {
  const given = Buffer.from(req.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
  const expected = Buffer.from(secret ?? '');
  if (!secret || given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ApiError(401, 'unauthorized', 'Unauthorized');
  }
}
