import type { NextRequest } from 'next/server';
import { apiRoute, jsonResponse } from '@/lib/api/handler';
import { listAppSessions } from '@/lib/auth/app-sessions';
import { requireBearer } from '@/lib/auth/bearer';
import { getDb } from '@/lib/db/client';

// GET /api/auth/sessions – the devices where the app is signed in to this account
export const GET = apiRoute(async (req: NextRequest) => {
  const { user, sessionId } = await requireBearer(req);
  const items = await listAppSessions(await getDb(), user.id, sessionId);
  return jsonResponse({ items }, { headers: { 'cache-control': 'private, no-store' } });
});
