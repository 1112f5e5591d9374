import type { NextRequest } from 'next/server';
import { apiRoute, parseJsonBody } from '@/lib/api/handler';
import { googleTokenRequestSchema } from '@/lib/auth/api-schemas';
import { deviceInfo, signInWithGoogle, tokenResponse } from '@/lib/auth/mobile-api';
import { getDb } from '@/lib/db/client';

// POST /api/auth/google – sign in with a Google ID token (checked against Google's published keys)
export const POST = apiRoute(async (req: NextRequest) => {
  const { idToken, deviceName } = await parseJsonBody(req, googleTokenRequestSchema);
  const signedIn = await signInWithGoogle(await getDb(), idToken, deviceInfo(req, 'google', deviceName));
  return tokenResponse(req, signedIn);
});
