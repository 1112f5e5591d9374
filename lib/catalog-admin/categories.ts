import 'server-only';
import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import { categories, products } from '@/db/schema';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import { catalogTags } from '@/lib/catalog/cached';
import type { Db } from '@/lib/db/types';
import { conflict, invalid, notFound, type Outcome, uniqueViolation } from './result';
import type { CategoryInput } from './schemas';
import { refreshSearchKeywords } from './search-keywords';
import { categoryTags } from './tags';
import { descendantIds, loadTaxonomy, type Taxonomy } from './taxonomy';

// The category tree. A category with products or sub-categories cannot be deleted (the foreign keys
// would refuse too; this says why in words). Renames, synonym changes and moves rewrite the search
// keywords of the products below and expire their pages (the breadcrumb shows the category path).

type CategoryRow = typeof categories.$inferSelect;

const SLUG_TAKEN = (slug: string, name: string) => `Đường dẫn “${slug}” đã được dùng cho danh mục “${name}”.`;

export type CategoryTreeRow = CategoryRow & { depth: number; productCount: number; childCount: number };

/** Every category in tree order with its depth, its own products (not deleted) and its children. */
export async function listCategoryTree(db: Db): Promise<CategoryTreeRow[]> {
  const rows = await db
    .select({
      category: categories,
      productCount: sql<number>`(select count(*) from ${products} p where p.category_id = ${categories.id} and p.deleted_at is null)::int`,
    })
    .from(categories)
    .orderBy(asc(categories.sortOrder), asc(categories.name));
  const children = new Map<number | null, typeof rows>();
  for (const r of rows) children.set(r.category.parentId, [...(children.get(r.category.parentId) ?? []), r]);
  const out: CategoryTreeRow[] = [];
  const walk = (parentId: number | null, depth: number) => {
    for (const r of children.get(parentId) ?? []) {
      if (out.some((o) => o.id === r.category.id)) continue;
      out.push({
        ...r.category,
        depth,
        productCount: r.productCount,
        childCount: children.get(r.category.id)?.length ?? 0,
      });
      walk(r.category.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

export async function getCategory(db: Db, id: number): Promise<CategoryRow | null> {
  const [row] = await db.select().from(categories).where(eq(categories.id, id));
  return row ?? null;
}

const auditView = (c: CategoryRow) => ({
  name: c.name,
  slug: c.slug,
  parentId: c.parentId,
  description: c.description,
  keywords: c.keywords,
  filterSpecs: c.filterSpecs,
  sortOrder: c.sortOrder,
  seoTitle: c.seoTitle,
  seoDescription: c.seoDescription,
});

async function slugOwner(db: Db, slug: string, exceptId: number | null) {
  const [row] = await db
    .select({ id: categories.id, name: categories.name })
    .from(categories)
    .where(eq(categories.slug, slug));
  return row && row.id !== exceptId ? row : null;
}

function parentProblem(taxonomy: Taxonomy, id: number | null, parentId: number | null): string | null {
  if (parentId === null) return null;
  if (!taxonomy.categories.has(parentId)) return 'Danh mục cha không tồn tại.';
  if (id !== null && descendantIds(taxonomy.categories, id).includes(parentId)) {
    return 'Không thể chọn chính danh mục này hoặc một danh mục con của nó làm danh mục cha.';
  }
  return null;
}

function fromUniqueViolation(err: unknown, slug: string): Outcome<{ id: number }> | null {
  return uniqueViolation(err) === 'categories_slug_uq'
    ? conflict('Đường dẫn đã được dùng.', { slug: `Đường dẫn “${slug}” đã được dùng.` })
    : null;
}

const values = (input: CategoryInput) => ({
  name: input.name,
  slug: input.slug,
  parentId: input.parentId,
  description: input.description,
  keywords: input.keywords,
  filterSpecs: input.filterSpecs,
  sortOrder: input.sortOrder,
  seoTitle: input.seoTitle,
  seoDescription: input.seoDescription,
});

export async function createCategory(
  db: Db,
  actor: AuditActor,
  input: CategoryInput,
): Promise<Outcome<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const taxonomy = await loadTaxonomy(tx);
      const problem = parentProblem(taxonomy, null, input.parentId);
      if (problem) return invalid(problem, { parentId: problem });
      const owner = await slugOwner(tx, input.slug, null);
      if (owner) return conflict('Đường dẫn đã được dùng.', { slug: SLUG_TAKEN(input.slug, owner.name) });
      const [row] = await tx.insert(categories).values(values(input)).returning();
      if (!row) throw new Error('insert returned no category');
      await recordAudit(tx, actor, {
        action: 'category.create',
        entityType: 'category',
        entityId: row.id,
        after: auditView(row),
      });
      const parents = input.parentId ? categoryTags(taxonomy.categories, input.parentId) : [];
      return {
        ok: true as const,
        message: `Đã tạo danh mục “${row.name}”.`,
        id: row.id,
        tags: [...new Set([catalogTags.categories, catalogTags.category(row.slug), ...parents])].sort(),
      };
    });
  } catch (err) {
    const outcome = fromUniqueViolation(err, input.slug);
    if (outcome) return outcome;
    throw err;
  }
}

export async function updateCategory(
  db: Db,
  actor: AuditActor,
  id: number,
  input: CategoryInput,
): Promise<Outcome<{ id: number }>> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.select().from(categories).where(eq(categories.id, id)).for('update');
      if (!current) return notFound('Không tìm thấy danh mục.');
      const before = await loadTaxonomy(tx);
      const problem = parentProblem(before, id, input.parentId);
      if (problem) return invalid(problem, { parentId: problem });
      const owner = await slugOwner(tx, input.slug, id);
      if (owner) return conflict('Đường dẫn đã được dùng.', { slug: SLUG_TAKEN(input.slug, owner.name) });

      const [updated] = await tx
        .update(categories)
        .set({ ...values(input), updatedAt: sql`now()` })
        .where(eq(categories.id, id))
        .returning();
      if (!updated) throw new Error('update returned no category');
      const after = await loadTaxonomy(tx);

      const tags = new Set<string>([
        catalogTags.categories,
        ...categoryTags(before.categories, id),
        ...categoryTags(after.categories, id),
      ]);
      // What the products below show or are found by: the category path (breadcrumbs), names and synonyms.
      const affectsProducts =
        current.name !== updated.name ||
        current.slug !== updated.slug ||
        current.keywords !== updated.keywords ||
        current.parentId !== updated.parentId;
      if (affectsProducts) {
        const subtree = descendantIds(after.categories, id);
        await refreshSearchKeywords(tx, after, { categoryIds: subtree });
        // Only visible products have cached pages and listings to expire.
        const below = await tx
          .select({ slug: products.slug })
          .from(products)
          .where(and(inArray(products.categoryId, subtree), eq(products.published, true), isNull(products.deletedAt)));
        if (below.length > 0) tags.add(catalogTags.products);
        for (const p of below) tags.add(catalogTags.product(p.slug));
        for (const sub of subtree) {
          const node = after.categories.get(sub);
          if (node) tags.add(catalogTags.category(node.slug));
        }
      }
      await recordAudit(tx, actor, {
        action: 'category.update',
        entityType: 'category',
        entityId: id,
        before: auditView(current),
        after: auditView(updated),
      });
      return { ok: true as const, message: 'Đã lưu danh mục.', id, tags: [...tags].sort() };
    });
  } catch (err) {
    const outcome = fromUniqueViolation(err, input.slug);
    if (outcome) return outcome;
    throw err;
  }
}

export async function deleteCategory(db: Db, actor: AuditActor, id: number): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(categories).where(eq(categories.id, id)).for('update');
    if (!current) return notFound('Không tìm thấy danh mục.');
    const [[children], [owned]] = await Promise.all([
      tx.select({ n: count() }).from(categories).where(eq(categories.parentId, id)),
      tx.select({ n: count() }).from(products).where(eq(products.categoryId, id)),
    ]);
    if ((children?.n ?? 0) > 0) {
      return conflict(
        `Không thể xóa “${current.name}”: danh mục còn ${children?.n} danh mục con. Hãy chuyển hoặc xóa chúng trước.`,
      );
    }
    if ((owned?.n ?? 0) > 0) {
      return conflict(
        `Không thể xóa “${current.name}”: danh mục còn ${owned?.n} sản phẩm (kể cả sản phẩm đã xóa tạm). Hãy chuyển chúng sang danh mục khác trước.`,
      );
    }
    const taxonomy = await loadTaxonomy(tx);
    await tx.delete(categories).where(eq(categories.id, id));
    await recordAudit(tx, actor, {
      action: 'category.delete',
      entityType: 'category',
      entityId: id,
      before: auditView(current),
    });
    return {
      ok: true as const,
      message: `Đã xóa danh mục “${current.name}”.`,
      tags: [...new Set([catalogTags.categories, ...categoryTags(taxonomy.categories, id)])].sort(),
    };
  });
}
