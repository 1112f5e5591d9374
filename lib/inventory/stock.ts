import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { inventoryLedger, type StockReason, variants } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// Stock changes: atomic in the database, in variant-id order (so that two writers never lock the same
// rows in opposite orders), each with a ledger row. Call inside a transaction. Placing an order takes
// stock in its own single statement (lib/checkout/write-order.ts), under the same rules.

export type StockLine = { variantId: number; quantity: number };

type Change = { reason: StockReason; actor: string; orderId?: number | null; note?: string | null };

function byVariant(lines: StockLine[]): StockLine[] {
  return [...lines].sort((a, b) => a.variantId - b.variantId);
}

/** One ledger row per stock change, written in one statement. */
export async function writeLedger(
  tx: Db,
  changes: { variantId: number; delta: number; stockAfter: number }[],
  change: Change,
): Promise<void> {
  if (changes.length === 0) return;
  await tx.insert(inventoryLedger).values(
    changes.map((c) => ({
      ...c,
      reason: change.reason,
      actor: change.actor,
      orderId: change.orderId ?? null,
      note: change.note ?? null,
    })),
  );
}

export type StockChange = { variantId: number; delta: number; stockAfter: number };

/** Gives stock back (cancelled, expired or failed orders); returns the changes it made. */
export async function releaseStock(tx: Db, lines: StockLine[], change: Change): Promise<StockChange[]> {
  const changes: StockChange[] = [];
  for (const line of byVariant(lines)) {
    const [row] = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} + ${line.quantity}`, updatedAt: sql`now()` })
      .where(eq(variants.id, line.variantId))
      .returning({ stock: variants.stock });
    if (row) changes.push({ variantId: line.variantId, delta: line.quantity, stockAfter: row.stock });
  }
  await writeLedger(tx, changes, change);
  return changes;
}
