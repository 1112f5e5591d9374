import 'server-only';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { brands, products } from '@/db/schema';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import { catalogTags } from '@/lib/catalog/cached';
import type { Db } from '@/lib/db/types';
import { conflict, notFound, type Outcome, uniqueViolation } from './result';
import type { BrandInput } from './schemas';
import { refreshSearchKeywords } from './search-keywords';
import { loadTaxonomy } from './taxonomy';

// Brands. One with products cannot be deleted; a rename rewrites its products' search keywords and
// expires their pages and cards, which show the brand name.

type BrandRow = typeof brands.$inferSelect;

const SLUG_TAKEN = (slug: string, name: string) => `Đường dẫn “${slug}” đã được dùng cho thương hiệu “${name}”.`;

export async function listBrandsWithCounts(db: Db) {
  return db
    .select({
      brand: brands,
      productCount: sql<number>`(select count(*) from ${products} p where p.brand_id = ${brands.id} and p.deleted_at is null)::int`,
    })
    .from(brands)
    .orderBy(asc(brands.name));
}

export async function getBrand(db: Db, id: number): Promise<BrandRow | null> {
  const [row] = await db.select().from(brands).where(eq(brands.id, id));
  return row ?? null;
}

const auditView = (b: BrandRow) => ({
  name: b.name,
  slug: b.slug,
  country: b.country,
  description: b.description,
  website: b.website,
});

async function slugOwner(db: Db, slug: string, exceptId: number | null) {
  const [row] = await db.select({ id: brands.id, name: brands.name }).from(brands).where(eq(brands.slug, slug));
  return row && row.id !== exceptId ? row : null;
}

function fromUniqueViolation(err: unknown, slug: string): Outcome<{ id: number }> | null {
  return uniqueViolation(err) === 'brands_slug_uq'
    ? conflict('Đường dẫn đã được dùng.', { slug: `Đường dẫn “${slug}” đã được dùng.` })
    : null;
}

export async function createBrand(db: Db, actor: AuditActor, input: BrandInput): Promise<Outcome<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const owner = await slugOwner(tx, input.slug, null);
      if (owner) return conflict('Đường dẫn đã được dùng.', { slug: SLUG_TAKEN(input.slug, owner.name) });
      const [row] = await tx.insert(brands).values(input).returning();
      if (!row) throw new Error('insert returned no brand');
      await recordAudit(tx, actor, {
        action: 'brand.create',
        entityType: 'brand',
        entityId: row.id,
        after: auditView(row),
      });
      return {
        ok: true as const,
        message: `Đã tạo thương hiệu “${row.name}”.`,
        id: row.id,
        tags: [catalogTags.brand(row.slug), catalogTags.brands].sort(),
      };
    });
  } catch (err) {
    const outcome = fromUniqueViolation(err, input.slug);
    if (outcome) return outcome;
    throw err;
  }
}

export async function updateBrand(
  db: Db,
  actor: AuditActor,
  id: number,
  input: BrandInput,
): Promise<Outcome<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(brands).where(eq(brands.id, id)).for('update');
      if (!current) return notFound('Không tìm thấy thương hiệu.');
      const owner = await slugOwner(tx, input.slug, id);
      if (owner) return conflict('Đường dẫn đã được dùng.', { slug: SLUG_TAKEN(input.slug, owner.name) });
      const [updated] = await tx
        .update(brands)
        .set({ ...input, updatedAt: sql`now()` })
        .where(eq(brands.id, id))
        .returning();
      if (!updated) throw new Error('update returned no brand');

      const tags = new Set([catalogTags.brands, catalogTags.brand(current.slug), catalogTags.brand(updated.slug)]);
      // Cards, product pages and search show or match the brand name; the brand link uses its slug.
      if (current.name !== updated.name || current.slug !== updated.slug) {
        await refreshSearchKeywords(tx, await loadTaxonomy(tx), { brandId: id });
        // Only visible products have cached pages and listings to expire.
        const owned = await tx
          .select({ slug: products.slug })
          .from(products)
          .where(and(eq(products.brandId, id), eq(products.published, true), isNull(products.deletedAt)));
        if (owned.length > 0) tags.add(catalogTags.products);
        for (const p of owned) tags.add(catalogTags.product(p.slug));
      }
      await recordAudit(tx, actor, {
        action: 'brand.update',
        entityType: 'brand',
        entityId: id,
        before: auditView(current),
        after: auditView(updated),
      });
      return { ok: true as const, message: 'Đã lưu thương hiệu.', id, tags: [...tags].sort() };
    });
  } catch (err) {
    const outcome = fromUniqueViolation(err, input.slug);
    if (outcome) return outcome;
    throw err;
  }
}

export async function deleteBrand(db: Db, actor: AuditActor, id: number): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(brands).where(eq(brands.id, id)).for('update');
    if (!current) return notFound('Không tìm thấy thương hiệu.');
    const [owned] = await tx.select({ n: count() }).from(products).where(eq(products.brandId, id));
    if ((owned?.n ?? 0) > 0) {
      return conflict(
        `Không thể xóa “${current.name}”: thương hiệu còn ${owned?.n} sản phẩm (kể cả sản phẩm đã xóa tạm). Hãy chuyển chúng sang thương hiệu khác trước.`,
      );
    }
    await tx.delete(brands).where(eq(brands.id, id));
    await recordAudit(tx, actor, {
      action: 'brand.delete',
      entityType: 'brand',
      entityId: id,
      before: auditView(current),
    });
    return {
      ok: true as const,
      message: `Đã xóa thương hiệu “${current.name}”.`,
      tags: [catalogTags.brand(current.slug), catalogTags.brands].sort(),
    };
  });
}
