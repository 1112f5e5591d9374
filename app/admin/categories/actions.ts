'use server';

import { z } from 'zod';
import { adminAction } from '@/lib/admin/action';
import { createCategory, deleteCategory, updateCategory } from '@/lib/catalog-admin/categories';
import { categoryInputSchema, entityIdSchema, idField } from '@/lib/catalog-admin/schemas';
import { settle } from '@/lib/catalog-admin/settle';
import { getDb } from '@/lib/db/client';

export const createCategoryAction = adminAction({ schema: categoryInputSchema }, async (input, actor) =>
  settle(await createCategory(await getDb(), actor, input), (done) => `/admin/categories/${done.id}`),
);

const updateSchema = z.object({ id: idField('Không tìm thấy danh mục.') }).and(categoryInputSchema);

export const updateCategoryAction = adminAction({ schema: updateSchema }, async ({ id, ...input }, actor) =>
  settle(await updateCategory(await getDb(), actor, id, input)),
);

export const deleteCategoryAction = adminAction({ schema: entityIdSchema }, async (input, actor) =>
  settle(await deleteCategory(await getDb(), actor, input.id), () => '/admin/categories'),
);
