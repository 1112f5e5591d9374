import type { NextRequest } from 'next/server';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, parseOrThrow } from '@/lib/api/handler';
import { sessionIdParamSchema } from '@/lib/auth/api-schemas';
import { endAppSession } from '@/lib/auth/app-sessions';
import { requireBearer } from '@/lib/auth/bearer';
import { getDb } from '@/lib/db/client';

// DELETE /api/auth/sessions/{id} – sign one of the account's devices out
export const DELETE = apiRoute(async (req: NextRequest, ctx: RouteContext<'/api/auth/sessions/[id]'>) => {
  const { user } = await requireBearer(req);
  const { id } = parseOrThrow(sessionIdParamSchema, await ctx.params);
  // Another account's session and an unknown one answer alike.
  if (!(await endAppSession(await getDb(), user.id, id, 'signed_out'))) {
    throw new ApiError(404, 'not_found', 'Không tìm thấy phiên đăng nhập này.');
  }
  return new Response(null, { status: 204 });
});
