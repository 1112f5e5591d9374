import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import { inventoryLedger, type StockReason, variants } from '@/db/schema';
import type { Db } from '@/lib/db/types';

// Stock changes: conditional and atomic in the database, in variant-id order (so that two orders
// never lock the same rows in opposite orders), each with a ledger row. Call inside a transaction.

export type StockLine = { variantId: number; quantity: number };
export type Reserved = StockLine & { stockAfter: number; price: number };

type Change = { reason: StockReason; actor: string; orderId?: number | null; note?: string | null };

function byVariant(lines: StockLine[]): StockLine[] {
  return [...lines].sort((a, b) => a.variantId - b.variantId);
}

/**
 * Takes `quantity` of each line with a conditional decrement, only from variants that are still sold.
 * The UPDATE is what takes the row lock, so the caller should do its reads before and keep the work
 * after it short: a popular variant's lock is held until commit. Returns the price at that instant.
 * Lines in `short` got nothing; when there are any the caller must roll the transaction back.
 */
export async function reserveStock(tx: Db, lines: StockLine[]): Promise<{ reserved: Reserved[]; short: StockLine[] }> {
  const reserved: Reserved[] = [];
  const short: StockLine[] = [];
  for (const line of byVariant(lines)) {
    const [row] = await tx
      .update(variants)
      .set({ stock: sql`${variants.stock} - ${line.quantity}`, updatedAt: sql`now()` })
      .where(
        and(
          eq(variants.id, line.variantId),
          gte(variants.stock, line.quantity),
          eq(variants.active, true),
          sql`exists (select 1 from products p where p.id = ${variants.productId} and p.published and p.deleted_at is null)`,
        ),
      )
      .returning({ stockAfter: variants.stock, price: variants.price });
    if (row) reserved.push({ ...line, ...row });
    else short.push(line);
  }
  return { reserved, short };
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
