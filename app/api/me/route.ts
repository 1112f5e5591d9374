import type { NextRequest } from 'next/server';
import { profileResponse } from '@/lib/account/api';
import { profileUpdateRequestSchema } from '@/lib/account/api-schemas';
import { updateProfile } from '@/lib/account/profile';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { requireBearer } from '@/lib/auth/bearer';
import { getDb } from '@/lib/db/client';

const noStore = { 'cache-control': 'private, no-store' };

// GET /api/me – the account, its default address and what checkout starts with
export const GET = apiRoute(async (req: NextRequest) => {
  const { user } = await requireBearer(req);
  return jsonResponse(await profileResponse(await getDb(), user.id), { headers: noStore });
});

// PATCH /api/me – change the name and phone
export const PATCH = apiRoute(async (req: NextRequest) => {
  const { user } = await requireBearer(req);
  const input = await parseJsonBody(req, profileUpdateRequestSchema);
  const db = await getDb();
  await updateProfile(db, user.id, input);
  return jsonResponse(await profileResponse(db, user.id), { headers: noStore });
});
