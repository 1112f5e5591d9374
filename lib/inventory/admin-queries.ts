import 'server-only';
import { and, desc, eq, ilike, isNull, or, type SQL, sql } from 'drizzle-orm';
import { inventoryLedger, orders, products, variants } from '@/db/schema';
import { likePattern } from '@/lib/db/like-pattern';
import type { Db } from '@/lib/db/types';

// Reads for /admin/stock: finding variants by product name or SKU, one variant, and its ledger.

export type StockVariantRow = {
  variantId: number;
  sku: string;
  options: Record<string, string>;
  stock: number;
  active: boolean;
  productId: number;
  productName: string;
  productSlug: string;
  published: boolean;
  deleted: boolean;
};

const variantColumns = {
  variantId: variants.id,
  sku: variants.sku,
  options: variants.options,
  stock: variants.stock,
  active: variants.active,
  productId: products.id,
  productName: products.name,
  productSlug: products.slug,
  published: products.published,
  deleted: sql<boolean>`${products.deletedAt} is not null`,
};

function searchWhere(q: string): SQL | undefined {
  const text = q.trim();
  if (!text) return isNull(products.deletedAt);
  // Product names are matched on the accent-folded search column, so "tai nghe chong on" finds them.
  return and(
    isNull(products.deletedAt),
    or(
      ilike(variants.sku, likePattern(text)),
      sql`${products.searchText} like lower(f_unaccent(${likePattern(text)})) escape '\\'`,
    ),
  );
}

export async function searchStockVariants(
  db: Db,
  params: { q: string; limit: number; offset: number },
): Promise<{ rows: StockVariantRow[]; total: number }> {
  const where = searchWhere(params.q);
  const rows = await db
    .select(variantColumns)
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(where)
    .orderBy(products.name, variants.position, variants.id)
    .limit(params.limit)
    .offset(params.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function getStockVariant(db: Db, variantId: number): Promise<StockVariantRow | null> {
  const [row] = await db
    .select(variantColumns)
    .from(variants)
    .innerJoin(products, eq(products.id, variants.productId))
    .where(eq(variants.id, variantId));
  return row ?? null;
}

export type LedgerRow = {
  id: number;
  delta: number;
  stockAfter: number;
  reason: (typeof inventoryLedger.$inferSelect)['reason'];
  orderNumber: string | null;
  actor: string;
  note: string | null;
  createdAt: Date;
};

/** A variant's ledger, newest first. */
export async function listLedger(
  db: Db,
  variantId: number,
  params: { limit: number; offset: number },
): Promise<{ rows: LedgerRow[]; total: number }> {
  const rows = await db
    .select({
      id: inventoryLedger.id,
      delta: inventoryLedger.delta,
      stockAfter: inventoryLedger.stockAfter,
      reason: inventoryLedger.reason,
      orderNumber: orders.number,
      actor: inventoryLedger.actor,
      note: inventoryLedger.note,
      createdAt: inventoryLedger.createdAt,
    })
    .from(inventoryLedger)
    .leftJoin(orders, eq(orders.id, inventoryLedger.orderId))
    .where(eq(inventoryLedger.variantId, variantId))
    .orderBy(desc(inventoryLedger.createdAt), desc(inventoryLedger.id))
    .limit(params.limit)
    .offset(params.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(inventoryLedger)
    .where(eq(inventoryLedger.variantId, variantId));
  return { rows, total: count?.n ?? 0 };
}
