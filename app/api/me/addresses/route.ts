import type { NextRequest } from 'next/server';
import { addressOrThrow } from '@/lib/account/api';
import { addressRequestSchema } from '@/lib/account/api-schemas';
import { createAddress, listAddresses } from '@/lib/account/addresses';
import { apiRoute, jsonResponse, parseJsonBody } from '@/lib/api/handler';
import { requireBearer } from '@/lib/auth/bearer';
import { getDb } from '@/lib/db/client';

const noStore = { 'cache-control': 'private, no-store' };

// GET /api/me/addresses – the address book, the default first
export const GET = apiRoute(async (req: NextRequest) => {
  const { user } = await requireBearer(req);
  return jsonResponse({ items: await listAddresses(await getDb(), user.id) }, { headers: noStore });
});

// POST /api/me/addresses – save an address (the first one becomes the default)
export const POST = apiRoute(async (req: NextRequest) => {
  const { user } = await requireBearer(req);
  const input = await parseJsonBody(req, addressRequestSchema);
  const address = addressOrThrow(await createAddress(await getDb(), user.id, input));
  return jsonResponse({ address }, { status: 201, headers: noStore });
});
