import 'server-only';
import { and, asc, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import { products, variants } from '@/db/schema';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import { writeLedger } from '@/lib/inventory/stock';
import { conflict, invalid, notFound, type Outcome, staffActor, uniqueViolation } from './result';
import type { ProductInput, VariantInput } from './schemas';
import { productChangeTags } from './tags';
import { loadTaxonomy, productSearchKeywords, type Taxonomy } from './taxonomy';

// Creating and editing a product with its variants, in one transaction with its audit entry. The derived
// columns the storefront sorts and searches by (priceMin, searchKeywords) are written here, the way
// db/seed/seed.ts writes them. Stock of an existing variant is never set here: only the stock page changes
// it, each change a ledger row; a new variant's initial stock is written as a 'received' ledger row.

type ProductRow = typeof products.$inferSelect;
type VariantRow = typeof variants.$inferSelect;

export const SLUG_TAKEN = (slug: string, name: string) => `Đường dẫn “${slug}” đã được dùng cho sản phẩm “${name}”.`;
const SKU_TAKEN = (sku: string, name: string) => `SKU ${sku} đã được dùng cho sản phẩm “${name}”.`;

/** The fields of a product (and its variants) an audit entry compares. */
export function productAuditView(p: ProductRow, vs: VariantRow[]): Record<string, unknown> {
  return {
    name: p.name,
    slug: p.slug,
    categoryId: p.categoryId,
    brandId: p.brandId,
    shortDescription: p.shortDescription,
    description: p.description,
    specs: p.specs,
    seoTitle: p.seoTitle,
    seoDescription: p.seoDescription,
    published: p.published,
    featured: p.featured,
    deletedAt: p.deletedAt,
    priceMin: p.priceMin,
    variants: vs.map((v) => ({
      id: v.id,
      sku: v.sku,
      options: v.options,
      price: v.price,
      compareAtPrice: v.compareAtPrice,
      active: v.active,
    })),
  };
}

/** Lowest price among variants still sold; 0 when none is (such a product cannot be published). */
export function lowestActivePrice(vs: { price: number; active: boolean }[]): number {
  const prices = vs.filter((v) => v.active).map((v) => v.price);
  return prices.length > 0 ? Math.min(...prices) : 0;
}

function checkTaxonomy(taxonomy: Taxonomy, input: ProductInput): Record<string, string> | null {
  const errors: Record<string, string> = {};
  if (!taxonomy.categories.has(input.categoryId)) errors.categoryId = 'Danh mục không tồn tại.';
  if (!taxonomy.brands.has(input.brandId)) errors.brandId = 'Thương hiệu không tồn tại.';
  return Object.keys(errors).length > 0 ? errors : null;
}

async function slugOwner(db: Db, slug: string, exceptId: number | null) {
  const [row] = await db
    .select({ id: products.id, name: products.name })
    .from(products)
    .where(exceptId === null ? eq(products.slug, slug) : and(eq(products.slug, slug), ne(products.id, exceptId)))
    .limit(1);
  return row ?? null;
}

/** SKUs of the form already used by another variant (of any product), as field errors. */
async function skuConflicts(db: Db, rows: VariantInput[], ownVariantIds: number[]): Promise<Record<string, string>> {
  const taken = await db
    .select({ sku: variants.sku, productName: products.name })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(
      and(
        inArray(
          variants.sku,
          rows.map((r) => r.sku),
        ),
        ownVariantIds.length > 0 ? notInArray(variants.id, ownVariantIds) : undefined,
      ),
    );
  const byS = new Map(taken.map((t) => [t.sku, t.productName]));
  const errors: Record<string, string> = {};
  rows.forEach((r, i) => {
    const owner = byS.get(r.sku);
    if (owner !== undefined) errors[`variants.${i}.sku`] = SKU_TAKEN(r.sku, owner);
  });
  return errors;
}

/** A unique index caught what the checks above missed (two admins saving at once): the same messages. */
function fromUniqueViolation(err: unknown, input: ProductInput): Outcome<{ id: number; slug: string }> | null {
  const constraint = uniqueViolation(err);
  if (constraint === 'products_slug_uq') {
    return conflict('Đường dẫn đã được dùng.', { slug: `Đường dẫn “${input.slug}” đã được dùng.` });
  }
  if (constraint === 'variants_sku_uq') {
    return conflict('Một SKU đã được dùng cho phiên bản khác. Vui lòng kiểm tra lại các SKU.');
  }
  return null;
}

async function insertVariants(
  tx: Db,
  actor: AuditActor,
  productId: number,
  rows: { input: VariantInput; position: number }[],
): Promise<void> {
  if (rows.length === 0) return;
  const inserted = await tx
    .insert(variants)
    .values(
      rows.map(({ input, position }) => ({
        productId,
        sku: input.sku,
        options: input.options,
        price: input.price,
        compareAtPrice: input.compareAtPrice,
        stock: input.initialStock,
        active: input.active,
        position,
      })),
    )
    .returning({ id: variants.id, stock: variants.stock });
  await writeLedger(
    tx,
    inserted.filter((v) => v.stock > 0).map((v) => ({ variantId: v.id, delta: v.stock, stockAfter: v.stock })),
    { reason: 'received', actor: staffActor(actor), note: 'Tồn kho ban đầu của phiên bản mới' },
  );
}

async function variantsOf(db: Db, productId: number): Promise<VariantRow[]> {
  return db
    .select()
    .from(variants)
    .where(eq(variants.productId, productId))
    .orderBy(asc(variants.position), asc(variants.id));
}

export async function createProduct(
  db: Db,
  actor: AuditActor,
  input: ProductInput,
): Promise<Outcome<{ id: number; slug: string }>> {
  try {
    return await db.transaction(async (tx) => {
      const taxonomy = await loadTaxonomy(tx);
      const refErrors = checkTaxonomy(taxonomy, input);
      if (refErrors) return invalid('Vui lòng chọn lại danh mục và thương hiệu.', refErrors);
      const owner = await slugOwner(tx, input.slug, null);
      if (owner) return conflict('Đường dẫn đã được dùng.', { slug: SLUG_TAKEN(input.slug, owner.name) });
      const skuErrors = await skuConflicts(tx, input.variants, []);
      if (Object.keys(skuErrors).length > 0) return conflict('Có SKU đã được dùng.', skuErrors);
      if (input.published && !input.variants.some((v) => v.active)) {
        return invalid('Cần ít nhất một phiên bản đang bán để hiển thị sản phẩm.', {
          published: 'Cần ít nhất một phiên bản đang bán.',
        });
      }

      const [product] = await tx
        .insert(products)
        .values({
          slug: input.slug,
          name: input.name,
          categoryId: input.categoryId,
          brandId: input.brandId,
          shortDescription: input.shortDescription,
          description: input.description,
          specs: input.specs as Record<string, string>,
          seoTitle: input.seoTitle,
          seoDescription: input.seoDescription,
          published: input.published,
          featured: input.featured,
          priceMin: lowestActivePrice(input.variants),
          searchKeywords: productSearchKeywords(taxonomy, input.brandId, input.categoryId),
        })
        .returning();
      if (!product) throw new Error('insert returned no product');
      await insertVariants(
        tx,
        actor,
        product.id,
        input.variants.map((v, position) => ({ input: v, position })),
      );
      await recordAudit(tx, actor, {
        action: 'product.create',
        entityType: 'product',
        entityId: product.id,
        before: null,
        after: productAuditView(product, await variantsOf(tx, product.id)),
      });
      return {
        ok: true as const,
        message: `Đã tạo sản phẩm “${product.name}”.`,
        id: product.id,
        slug: product.slug,
        tags: productChangeTags(taxonomy, [product]),
      };
    });
  } catch (err) {
    const outcome = fromUniqueViolation(err, input);
    if (outcome) return outcome;
    throw err;
  }
}

export async function updateProduct(
  db: Db,
  actor: AuditActor,
  id: number,
  input: ProductInput,
): Promise<Outcome<{ id: number; slug: string }>> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(products).where(eq(products.id, id)).for('update');
      if (!current) return notFound('Không tìm thấy sản phẩm.');
      const currentVariants = await variantsOf(tx, id);
      const taxonomy = await loadTaxonomy(tx);
      const refErrors = checkTaxonomy(taxonomy, input);
      if (refErrors) return invalid('Vui lòng chọn lại danh mục và thương hiệu.', refErrors);
      const owner = await slugOwner(tx, input.slug, id);
      if (owner) return conflict('Đường dẫn đã được dùng.', { slug: SLUG_TAKEN(input.slug, owner.name) });

      const existing = new Map(currentVariants.map((v) => [v.id, v]));
      const foreign: Record<string, string> = {};
      input.variants.forEach((v, i) => {
        if (v.id !== undefined && !existing.has(v.id))
          foreign[`variants.${i}.sku`] = 'Phiên bản không thuộc sản phẩm này.';
      });
      if (Object.keys(foreign).length > 0)
        return invalid('Danh sách phiên bản không hợp lệ, hãy tải lại trang.', foreign);
      const skuErrors = await skuConflicts(
        tx,
        input.variants,
        currentVariants.map((v) => v.id),
      );
      if (Object.keys(skuErrors).length > 0) return conflict('Có SKU đã được dùng.', skuErrors);

      // Variants left out of the form keep their state.
      const submitted = new Set(input.variants.flatMap((v) => (v.id === undefined ? [] : [v.id])));
      const after = [
        ...input.variants.map((v) => ({ price: v.price, active: v.active })),
        ...currentVariants.filter((v) => !submitted.has(v.id)),
      ];
      if (current.published && current.deletedAt === null && !after.some((v) => v.active)) {
        return invalid('Sản phẩm đang hiển thị cần ít nhất một phiên bản đang bán. Hãy ẩn sản phẩm trước.', {
          variants: 'Cần ít nhất một phiên bản đang bán.',
        });
      }

      const [updated] = await tx
        .update(products)
        .set({
          slug: input.slug,
          name: input.name,
          categoryId: input.categoryId,
          brandId: input.brandId,
          shortDescription: input.shortDescription,
          description: input.description,
          specs: input.specs as Record<string, string>,
          seoTitle: input.seoTitle,
          seoDescription: input.seoDescription,
          featured: input.featured,
          priceMin: lowestActivePrice(after),
          searchKeywords: productSearchKeywords(taxonomy, input.brandId, input.categoryId),
          updatedAt: sql`now()`,
        })
        .where(eq(products.id, id))
        .returning();
      if (!updated) throw new Error('update returned no product');

      const fresh: { input: VariantInput; position: number }[] = [];
      for (const [position, v] of input.variants.entries()) {
        if (v.id === undefined) {
          fresh.push({ input: v, position });
          continue;
        }
        await tx
          .update(variants)
          .set({
            sku: v.sku,
            options: v.options,
            price: v.price,
            compareAtPrice: v.compareAtPrice,
            active: v.active,
            position,
            updatedAt: sql`now()`,
          })
          .where(and(eq(variants.id, v.id), eq(variants.productId, id)));
      }
      await insertVariants(tx, actor, id, fresh);

      await recordAudit(tx, actor, {
        action: 'product.update',
        entityType: 'product',
        entityId: id,
        before: productAuditView(current, currentVariants),
        after: productAuditView(updated, await variantsOf(tx, id)),
      });
      return {
        ok: true as const,
        message: 'Đã lưu sản phẩm.',
        id,
        slug: updated.slug,
        tags: productChangeTags(taxonomy, [current, updated]),
      };
    });
  } catch (err) {
    const outcome = fromUniqueViolation(err, input);
    if (outcome) return outcome;
    throw err;
  }
}
