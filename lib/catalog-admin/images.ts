import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { productImages, products } from '@/db/schema';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import { invalid, notFound, type Outcome } from './result';
import type { AddImageInput } from './schemas';
import { type ProductPlacement, productChangeTags } from './tags';
import { loadTaxonomy } from './taxonomy';

// A product's images: added after an upload (local or Cloudinary), described (alt is required: screen
// readers and image search read it), reordered (the first is the listing card's and the page's main image)
// and removed. Files themselves are never deleted: placed orders keep the src they were bought with. Each
// change is audited on the product as its image list before and after.

type ImageRow = typeof productImages.$inferSelect;

const auditList = (rows: ImageRow[]) => ({ images: rows.map((r) => ({ id: r.id, src: r.src, alt: r.alt })) });

async function imagesOf(db: Db, productId: number): Promise<ImageRow[]> {
  return db
    .select()
    .from(productImages)
    .where(eq(productImages.productId, productId))
    .orderBy(asc(productImages.position), asc(productImages.id));
}

/** Locks the product (so that concurrent image edits serialise) and returns what tags need. */
async function lockProduct(tx: Db, productId: number) {
  const [row] = await tx
    .select({
      id: products.id,
      slug: products.slug,
      categoryId: products.categoryId,
      brandId: products.brandId,
      published: products.published,
      deletedAt: products.deletedAt,
    })
    .from(products)
    .where(eq(products.id, productId))
    .for('update');
  return row ?? null;
}

async function finish(
  tx: Db,
  actor: AuditActor,
  product: ProductPlacement & { id: number },
  action: string,
  before: ImageRow[],
  message: string,
): Promise<Outcome> {
  await tx.update(products).set({ updatedAt: sql`now()` }).where(eq(products.id, product.id));
  await recordAudit(tx, actor, {
    action,
    entityType: 'product',
    entityId: product.id,
    before: auditList(before),
    after: auditList(await imagesOf(tx, product.id)),
  });
  return { ok: true, message, tags: productChangeTags(await loadTaxonomy(tx), [product]) };
}

export const MAX_IMAGES_PER_PRODUCT = 20;

export async function addProductImage(
  db: Db,
  actor: AuditActor,
  input: AddImageInput,
  srcExists: (src: string) => Promise<boolean>,
): Promise<Outcome> {
  if (!(await srcExists(input.src))) {
    return invalid('Không tìm thấy ảnh vừa tải lên, vui lòng tải lại.', { src: 'Ảnh không hợp lệ.' });
  }
  return db.transaction(async (tx) => {
    const product = await lockProduct(tx, input.productId);
    if (!product) return notFound('Không tìm thấy sản phẩm.');
    const before = await imagesOf(tx, product.id);
    if (before.length >= MAX_IMAGES_PER_PRODUCT) {
      return invalid(`Mỗi sản phẩm có tối đa ${MAX_IMAGES_PER_PRODUCT} ảnh.`);
    }
    await tx.insert(productImages).values({
      productId: product.id,
      src: input.src,
      alt: input.alt,
      width: input.width,
      height: input.height,
      position: before.reduce((max, r) => Math.max(max, r.position + 1), 0),
    });
    return finish(tx, actor, product, 'product.image_add', before, 'Đã thêm ảnh.');
  });
}

async function imageProductId(db: Db, imageId: number): Promise<number | null> {
  const [row] = await db
    .select({ productId: productImages.productId })
    .from(productImages)
    .where(eq(productImages.id, imageId));
  return row?.productId ?? null;
}

export async function updateProductImageAlt(db: Db, actor: AuditActor, imageId: number, alt: string): Promise<Outcome> {
  const productId = await imageProductId(db, imageId);
  if (productId === null) return notFound('Không tìm thấy ảnh.');
  return db.transaction(async (tx) => {
    const product = await lockProduct(tx, productId);
    if (!product) return notFound('Không tìm thấy sản phẩm.');
    const before = await imagesOf(tx, product.id);
    if (!before.some((r) => r.id === imageId)) return notFound('Không tìm thấy ảnh.');
    await tx
      .update(productImages)
      .set({ alt })
      .where(and(eq(productImages.id, imageId), eq(productImages.productId, product.id)));
    return finish(tx, actor, product, 'product.image_alt', before, 'Đã lưu mô tả ảnh.');
  });
}

export async function deleteProductImage(db: Db, actor: AuditActor, imageId: number): Promise<Outcome> {
  const productId = await imageProductId(db, imageId);
  if (productId === null) return notFound('Không tìm thấy ảnh.');
  return db.transaction(async (tx) => {
    const product = await lockProduct(tx, productId);
    if (!product) return notFound('Không tìm thấy sản phẩm.');
    const before = await imagesOf(tx, product.id);
    if (!before.some((r) => r.id === imageId)) return notFound('Không tìm thấy ảnh.');
    await tx.delete(productImages).where(and(eq(productImages.id, imageId), eq(productImages.productId, product.id)));
    return finish(tx, actor, product, 'product.image_delete', before, 'Đã xóa ảnh.');
  });
}

/** `order` must name exactly the product's images: a stale page (another tab added one) is refused. */
export async function reorderProductImages(
  db: Db,
  actor: AuditActor,
  productId: number,
  order: number[],
): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const product = await lockProduct(tx, productId);
    if (!product) return notFound('Không tìm thấy sản phẩm.');
    const before = await imagesOf(tx, product.id);
    const current = before.map((r) => r.id).sort((a, b) => a - b);
    const wanted = [...order].sort((a, b) => a - b);
    if (current.length !== wanted.length || current.some((id, i) => id !== wanted[i])) {
      return invalid('Danh sách ảnh đã thay đổi, vui lòng tải lại trang.');
    }
    if (before.every((r, i) => r.id === order[i])) return { ok: true, message: 'Thứ tự ảnh không đổi.', tags: [] };
    for (const [position, id] of order.entries()) {
      await tx
        .update(productImages)
        .set({ position })
        .where(and(eq(productImages.id, id), eq(productImages.productId, product.id)));
    }
    return finish(tx, actor, product, 'product.image_reorder', before, 'Đã lưu thứ tự ảnh.');
  });
}
