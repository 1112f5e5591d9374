import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { products, variants } from '@/db/schema';
import { type AuditActor, recordAudit } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import type { StockAdjustmentInput } from './adjust-schema';
import { writeLedger } from './stock';

// A stock adjustment by staff (goods received, damaged, a count): one conditional UPDATE, one ledger row
// and one audit row in one transaction. The UPDATE's condition keeps stock from going below zero under
// any concurrency (CHECK (stock >= 0) backs it); a refused change writes nothing.

export type AdjustStockResult =
  | {
      ok: true;
      changed: true;
      variantId: number;
      productSlug: string;
      before: number;
      after: number;
      delta: number;
      /** The variant went from sold out to in stock or back: listings need revalidating, not only its page. */
      inStockChanged: boolean;
    }
  | { ok: true; changed: false; variantId: number; stock: number }
  | { ok: false; code: 'not_found' }
  | { ok: false; code: 'insufficient'; stock: number; requested: number };

export async function adjustStock(db: Db, input: StockAdjustmentInput, actor: AuditActor): Promise<AdjustStockResult> {
  return db.transaction(async (tx): Promise<AdjustStockResult> => {
    let before: number;
    let after: number;
    let productId: number;
    if (input.change.kind === 'delta') {
      const { delta } = input.change;
      const [row] = await tx
        .update(variants)
        .set({ stock: sql`${variants.stock} + ${delta}`, updatedAt: sql`now()` })
        .where(and(eq(variants.id, input.variantId), sql`${variants.stock} + ${delta} >= 0`))
        .returning({ after: variants.stock, productId: variants.productId });
      if (!row) {
        const [current] = await tx
          .select({ stock: variants.stock })
          .from(variants)
          .where(eq(variants.id, input.variantId));
        if (!current) return { ok: false, code: 'not_found' };
        return { ok: false, code: 'insufficient', stock: current.stock, requested: -delta };
      }
      after = row.after;
      before = row.after - delta;
      productId = row.productId;
    } else {
      // A count replaces whatever stock is: the row is locked first so that an order placed meanwhile
      // cannot slip between the read and the write (its decrement waits, then applies to the count).
      const [current] = await tx
        .select({ stock: variants.stock, productId: variants.productId })
        .from(variants)
        .where(eq(variants.id, input.variantId))
        .for('update');
      if (!current) return { ok: false, code: 'not_found' };
      if (current.stock === input.change.counted) {
        return { ok: true, changed: false, variantId: input.variantId, stock: current.stock };
      }
      await tx
        .update(variants)
        .set({ stock: input.change.counted, updatedAt: sql`now()` })
        .where(eq(variants.id, input.variantId));
      before = current.stock;
      after = input.change.counted;
      productId = current.productId;
    }
    const delta = after - before;
    await writeLedger(tx, [{ variantId: input.variantId, delta, stockAfter: after }], {
      reason: input.reason,
      actor: actor.email,
      note: input.note,
    });
    await recordAudit(tx, actor, {
      action: `stock.${input.reason}`,
      entityType: 'variant',
      entityId: input.variantId,
      before: { stock: before },
      after: { stock: after, ...(input.note ? { note: input.note } : {}) },
    });
    const [product] = await tx.select({ slug: products.slug }).from(products).where(eq(products.id, productId));
    return {
      ok: true,
      changed: true,
      variantId: input.variantId,
      productSlug: product?.slug ?? '',
      before,
      after,
      delta,
      inStockChanged: before > 0 !== after > 0,
    };
  });
}
