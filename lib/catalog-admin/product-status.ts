import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { products, variants } from '@/db/schema';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import { invalid, notFound, type Outcome } from './result';
import { productChangeTags } from './tags';
import { loadTaxonomy } from './taxonomy';

// Showing, hiding, deleting (softly: deletedAt) and restoring a product. A deleted product keeps its rows,
// so orders that bought it still point at it, and its slug stays reserved until it is restored.

type Change = 'publish' | 'unpublish' | 'delete' | 'restore';

const MESSAGES: Record<Change, string> = {
  publish: 'Sản phẩm đã hiển thị trên cửa hàng.',
  unpublish: 'Sản phẩm đã được ẩn khỏi cửa hàng.',
  delete: 'Đã xóa sản phẩm (có thể khôi phục).',
  restore: 'Đã khôi phục sản phẩm.',
};

export async function changeProductStatus(db: Db, actor: AuditActor, id: number, change: Change): Promise<Outcome> {
  return db.transaction(async (tx) => {
    const [current] = await tx.select().from(products).where(eq(products.id, id)).for('update');
    if (!current) return notFound('Không tìm thấy sản phẩm.');
    const deleted = current.deletedAt !== null;
    if ((change === 'publish' || change === 'unpublish') && deleted) {
      return invalid('Sản phẩm đã bị xóa: hãy khôi phục trước.');
    }
    if (change === 'publish') {
      const [sellable] = await tx
        .select({ id: variants.id })
        .from(variants)
        .where(and(eq(variants.productId, id), eq(variants.active, true)))
        .limit(1);
      if (!sellable) return invalid('Cần ít nhất một phiên bản đang bán để hiển thị sản phẩm.');
    }
    const patch =
      change === 'publish' || change === 'unpublish'
        ? { published: change === 'publish' }
        : { deletedAt: change === 'delete' ? new Date() : null };
    const unchanged =
      'published' in patch ? current.published === patch.published : deleted === (patch.deletedAt !== null);
    if (unchanged) return { ok: true as const, message: MESSAGES[change], tags: [] };

    const [updated] = await tx
      .update(products)
      .set({ ...patch, updatedAt: sql`now()` })
      .where(eq(products.id, id))
      .returning();
    if (!updated) throw new Error('update returned no product');
    await recordAudit(tx, actor, {
      action: `product.${change}`,
      entityType: 'product',
      entityId: id,
      before: { published: current.published, deletedAt: current.deletedAt },
      after: { published: updated.published, deletedAt: updated.deletedAt },
    });
    return {
      ok: true as const,
      message: MESSAGES[change],
      tags: productChangeTags(await loadTaxonomy(tx), [current, updated]),
    };
  });
}
