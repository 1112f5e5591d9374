import type { NextRequest } from 'next/server';
import { apiRoute, parseJsonBody } from '@/lib/api/handler';
import { tokenRequestSchema } from '@/lib/auth/api-schemas';
import { deviceInfo, signInWithPassword, tokenResponse } from '@/lib/auth/mobile-api';
import { getDb } from '@/lib/db/client';

// POST /api/auth/token – sign in with e-mail and password: an access token and a refresh token for this device
export const POST = apiRoute(async (req: NextRequest) => {
  const { email, password, deviceName } = await parseJsonBody(req, tokenRequestSchema);
  const signedIn = await signInWithPassword(
    await getDb(),
    { email, password },
    deviceInfo(req, 'password', deviceName),
  );
  return tokenResponse(req, signedIn);
});
