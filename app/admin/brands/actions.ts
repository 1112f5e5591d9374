'use server';

import { z } from 'zod';
import { adminAction } from '@/lib/admin/action';
import { createBrand, deleteBrand, updateBrand } from '@/lib/catalog-admin/brands';
import { brandInputSchema, entityIdSchema, idField } from '@/lib/catalog-admin/schemas';
import { settle } from '@/lib/catalog-admin/settle';
import { getDb } from '@/lib/db/client';

export const createBrandAction = adminAction({ schema: brandInputSchema }, async (input, actor) =>
  settle(await createBrand(await getDb(), actor, input), (done) => `/admin/brands/${done.id}`),
);

const updateSchema = z.object({ id: idField('Không tìm thấy thương hiệu.') }).and(brandInputSchema);

export const updateBrandAction = adminAction({ schema: updateSchema }, async ({ id, ...input }, actor) =>
  settle(await updateBrand(await getDb(), actor, id, input)),
);

export const deleteBrandAction = adminAction({ schema: entityIdSchema }, async (input, actor) =>
  settle(await deleteBrand(await getDb(), actor, input.id), () => '/admin/brands'),
);
