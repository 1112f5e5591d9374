import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import { inventoryLedger, type StockReason, variants } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// Stock changes: conditional and atomic in the database, in variant-id order (so that two orders
// never lock the same rows in opposite orders), each with a ledger row. Call inside a transaction.

export type StockLine = { variantId: number; quantity: number };

type Change = { reason: StockReason; actor: string; orderId?: number | null; note?: string | null };

function byVariant(lines: StockLine[]): StockLine[] {
  return [...lines].sort((a, b) => a.variantId - b.variantId);
}

/**
 * Takes `quantity` of each line, or nothing at all: returns the lines that did not have enough, in
 * which case the caller must roll the transaction back.
 */
export async function reserveStock(tx: Db, lines: StockLine[], change: Change): Promise<{ short: StockLine[] }> {
  const short: StockLine[] = [];
  for (const line of byVariant(lines)) {
    const [row] = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} - ${line.quantity}`, updatedAt: sql`now()` })
      .where(and(eq(variants.id, line.variantId), gte(variants.stock, line.quantity)))
      .returning({ stock: variants.stock });
    if (!row) {
      short.push(line);
      continue;
    }
    await tx.insert(inventoryLedger).values({
      variantId: line.variantId,
      delta: -line.quantity,
      stockAfter: row.stock,
      reason: change.reason,
      actor: change.actor,
      orderId: change.orderId ?? null,
      note: change.note ?? null,
    });
  }
  return { short };
}

/** Gives stock back (cancelled, expired or failed orders). */
export async function releaseStock(tx: Db, lines: StockLine[], change: Change): Promise<void> {
  for (const line of byVariant(lines)) {
    const [row] = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} + ${line.quantity}`, updatedAt: sql`now()` })
      .where(eq(variants.id, line.variantId))
      .returning({ stock: variants.stock });
    if (!row) continue; // the variant is gone: nothing to give back to
    await tx.insert(inventoryLedger).values({
      variantId: line.variantId,
      delta: line.quantity,
      stockAfter: row.stock,
      reason: change.reason,
      actor: change.actor,
      orderId: change.orderId ?? null,
      note: change.note ?? null,
    });
  }
}
