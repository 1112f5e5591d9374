import type { NextRequest } from 'next/server';
import { addressOrThrow } from '@/lib/account/api';
import { addressIdParamSchema, addressRequestSchema } from '@/lib/account/api-schemas';
import { deleteAddress, getAddress, updateAddress } from '@/lib/account/addresses';
import { ApiError } from '@/lib/api/errors';
import { apiRoute, jsonResponse, parseJsonBody, parseOrThrow } from '@/lib/api/handler';
import { requireBearer } from '@/lib/auth/bearer';
import { getDb } from '@/lib/db/client';

type Ctx = RouteContext<'/api/me/addresses/[id]'>;
const noStore = { 'cache-control': 'private, no-store' };
const notFound = () => new ApiError(404, 'not_found', 'Không tìm thấy địa chỉ này.');

// GET /api/me/addresses/{id} – one saved address
export const GET = apiRoute(async (req: NextRequest, ctx: Ctx) => {
  const { user } = await requireBearer(req);
  const { id } = parseOrThrow(addressIdParamSchema, await ctx.params);
  const address = await getAddress(await getDb(), user.id, id);
  if (!address) throw notFound();
  return jsonResponse({ address }, { headers: noStore });
});

// PATCH /api/me/addresses/{id} – replace an address; isDefault: true makes it the default
export const PATCH = apiRoute(async (req: NextRequest, ctx: Ctx) => {
  const { user } = await requireBearer(req);
  const { id } = parseOrThrow(addressIdParamSchema, await ctx.params);
  const input = await parseJsonBody(req, addressRequestSchema);
  const address = addressOrThrow(await updateAddress(await getDb(), user.id, id, input));
  return jsonResponse({ address }, { headers: noStore });
});

// DELETE /api/me/addresses/{id} – delete an address (the default passes to the most recently used one)
export const DELETE = apiRoute(async (req: NextRequest, ctx: Ctx) => {
  const { user } = await requireBearer(req);
  const { id } = parseOrThrow(addressIdParamSchema, await ctx.params);
  const result = await deleteAddress(await getDb(), user.id, id);
  if (!result.ok) throw notFound();
  return new Response(null, { status: 204 });
});
