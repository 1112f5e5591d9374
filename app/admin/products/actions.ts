'use server';

import { z } from 'zod';
import { adminAction } from '@/lib/admin/action';
import { formToNested } from '@/lib/forms/nested-form';
import { uploadedImageExists } from '@/lib/catalog-admin/image-source';
import {
  addProductImage,
  deleteProductImage,
  reorderProductImages,
  updateProductImageAlt,
} from '@/lib/catalog-admin/images';
import { changeProductStatus } from '@/lib/catalog-admin/product-status';
import { createProduct, updateProduct } from '@/lib/catalog-admin/products';
import {
  addImageSchema,
  idField,
  imageIdSchema,
  productInputSchema,
  reorderImagesSchema,
  updateImageAltSchema,
} from '@/lib/catalog-admin/schemas';
import { settle } from '@/lib/catalog-admin/settle';
import { getDb } from '@/lib/db/client';

// The product screens' actions: adminAction checks the role and parses with zod, one lib/catalog-admin
// function does the work (and its audit entry), settle() expires the cache tags it reports.

export const createProductAction = adminAction(
  { schema: productInputSchema, input: formToNested },
  async (input, actor) =>
    settle(await createProduct(await getDb(), actor, input), (done) => `/admin/products/${done.id}`),
);

const productUpdateSchema = z.object({ id: idField('Không tìm thấy sản phẩm.') }).and(productInputSchema);

export const updateProductAction = adminAction(
  { schema: productUpdateSchema, input: formToNested },
  async ({ id, ...input }, actor) => settle(await updateProduct(await getDb(), actor, id, input)),
);

const statusSchema = z.object({
  productId: idField('Không tìm thấy sản phẩm.'),
  change: z.enum(['publish', 'unpublish', 'delete', 'restore'], { error: 'Thao tác không hợp lệ.' }),
});

export const changeProductStatusAction = adminAction({ schema: statusSchema }, async (input, actor) =>
  settle(await changeProductStatus(await getDb(), actor, input.productId, input.change)),
);

export const addProductImageAction = adminAction({ schema: addImageSchema }, async (input, actor) =>
  settle(await addProductImage(await getDb(), actor, input, uploadedImageExists)),
);

export const updateProductImageAltAction = adminAction({ schema: updateImageAltSchema }, async (input, actor) =>
  settle(await updateProductImageAlt(await getDb(), actor, input.imageId, input.alt)),
);

export const deleteProductImageAction = adminAction({ schema: imageIdSchema }, async (input, actor) =>
  settle(await deleteProductImage(await getDb(), actor, input.imageId)),
);

export const reorderProductImagesAction = adminAction({ schema: reorderImagesSchema }, async (input, actor) =>
  settle(await reorderProductImages(await getDb(), actor, input.productId, input.order)),
);
