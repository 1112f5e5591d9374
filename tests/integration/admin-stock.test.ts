import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLog, inventoryLedger, variants } from '@/db/schema';
import type { AuditActor } from '@/lib/audit/audit';
import type { Db } from '@/lib/db/types';
import { adjustStock } from '@/lib/inventory/adjust';
import { type StockAdjustmentInput, stockAdjustmentSchema } from '@/lib/inventory/adjust-schema';
import { listLedger, searchStockVariants } from '@/lib/inventory/admin-queries';
import { auditCount, createStaff } from '../support/admin';
import { createProduct, stockOf } from '../support/factories';
import { connectTestDatabase } from '../support/test-database';

// Staff stock adjustments against real PostgreSQL: each one a conditional UPDATE, a ledger row and an audit
// row; stock never below zero, whatever runs at the same time; the ledger explains the stock.

const databaseUrl = inject('databaseUrl');

function form(values: Record<string, string | number>): StockAdjustmentInput {
  return stockAdjustmentSchema.parse(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])));
}

async function ledgerOf(db: Db, variantId: number) {
  return db
    .select()
    .from(inventoryLedger)
    .where(eq(inventoryLedger.variantId, variantId))
    .orderBy(asc(inventoryLedger.id));
}

describe.skipIf(!databaseUrl)('stock adjustments', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let actor: AuditActor;
  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    actor = await createStaff(conn.db);
  });
  afterAll(() => conn.close());

  const variant = async (stock: number, name?: string) => {
    const { product, variants: rows } = await createProduct(conn.db, { name, variants: [{ price: 100_000, stock }] });
    const [v] = rows;
    if (!v) throw new Error('no variant');
    return { ...v, product };
  };

  it('writes one ledger row and one audit row per adjustment; the ledger sums to the stock', async () => {
    const v = await variant(0);
    const steps = [
      form({ variantId: v.id, reason: 'received', mode: 'add', quantity: 10, note: 'Phiếu nhập PN-001' }),
      form({ variantId: v.id, reason: 'damaged', mode: 'remove', quantity: 3, note: 'Rơi vỡ khi kiểm hàng' }),
      form({ variantId: v.id, reason: 'count_correction', mode: 'set', quantity: 4 }),
      form({ variantId: v.id, reason: 'count_correction', mode: 'add', quantity: 2 }),
    ];
    const results = [];
    for (const step of steps) results.push(await adjustStock(conn.db, step, actor));
    expect(results.map((r) => (r.ok && r.changed ? [r.before, r.after] : r))).toEqual([
      [0, 10],
      [10, 7],
      [7, 4],
      [4, 6],
    ]);
    expect(await stockOf(conn.db, v.id)).toBe(6);

    const ledger = await ledgerOf(conn.db, v.id);
    expect(ledger.map((l) => [l.reason, l.delta, l.stockAfter])).toEqual([
      ['received', 10, 10],
      ['damaged', -3, 7],
      ['count_correction', -3, 4],
      ['count_correction', 2, 6],
    ]);
    expect(ledger.reduce((s, l) => s + l.delta, 0)).toBe(6);
    expect(ledger.every((l) => l.actor === actor.email && l.orderId === null)).toBe(true);
    expect(ledger[0]?.note).toBe('Phiếu nhập PN-001');

    const audits = await conn.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.entityType} = 'variant' and ${auditLog.entityId} = ${String(v.id)}`)
      .orderBy(asc(auditLog.id));
    expect(audits.map((a) => a.action)).toEqual([
      'stock.received',
      'stock.damaged',
      'stock.count_correction',
      'stock.count_correction',
    ]);
    expect(audits[1]?.changes.stock).toEqual({ before: 10, after: 7 });
    expect(audits[0]?.actorId).toBe(actor.id);

    // The page reads the same rows, newest first, in pages.
    const page = await listLedger(conn.db, v.id, { limit: 3, offset: 0 });
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.delta)).toEqual([2, -3, -3]);
  });

  it('refuses to take stock below zero, writing nothing', async () => {
    const v = await variant(2);
    const result = await adjustStock(
      conn.db,
      form({ variantId: v.id, reason: 'damaged', mode: 'remove', quantity: 3 }),
      actor,
    );
    expect(result).toEqual({ ok: false, code: 'insufficient', stock: 2, requested: 3 });
    expect(await stockOf(conn.db, v.id)).toBe(2);
    expect(await ledgerOf(conn.db, v.id)).toHaveLength(0);
    expect(await auditCount(conn.db, 'variant', v.id)).toBe(0);

    // The CHECK constraint stands behind the conditional update.
    await expect(conn.db.execute(sql`update variants set stock = stock - 3 where id = ${v.id}`)).rejects.toMatchObject({
      cause: { constraint: 'variants_stock_nonnegative' },
    });
  });

  it('a count equal to the stock changes nothing; an unknown variant is not found', async () => {
    const v = await variant(5);
    expect(
      await adjustStock(
        conn.db,
        form({ variantId: v.id, reason: 'count_correction', mode: 'set', quantity: 5 }),
        actor,
      ),
    ).toEqual({ ok: true, changed: false, variantId: v.id, stock: 5 });
    expect(await ledgerOf(conn.db, v.id)).toHaveLength(0);
    expect(
      await adjustStock(
        conn.db,
        form({ variantId: 2_000_000_000, reason: 'received', mode: 'add', quantity: 1 }),
        actor,
      ),
    ).toEqual({ ok: false, code: 'not_found' });
  });

  it('says when a variant sells out or comes back, so listings are revalidated only then', async () => {
    const v = await variant(0);
    const flips = [];
    for (const [mode, quantity] of [
      ['add', 5],
      ['remove', 2],
      ['remove', 3],
    ] as const) {
      const r = await adjustStock(
        conn.db,
        form({ variantId: v.id, reason: 'count_correction', mode, quantity }),
        actor,
      );
      flips.push(r.ok && r.changed ? r.inStockChanged : null);
      if (r.ok && r.changed) expect(r.productSlug).toBe(v.product.slug);
    }
    expect(flips).toEqual([true, false, true]);
  });

  it('stays consistent under concurrent adjustments: never negative, the ledger a gapless chain', async () => {
    const v = await variant(0);
    await adjustStock(conn.db, form({ variantId: v.id, reason: 'received', mode: 'add', quantity: 30 }), actor);
    // 10 receipts of 5 and 25 removals of 4 at once (100 asked for, at most 80 there), plus two counts.
    const jobs = [
      ...Array.from({ length: 10 }, () => form({ variantId: v.id, reason: 'received', mode: 'add', quantity: 5 })),
      ...Array.from({ length: 25 }, () => form({ variantId: v.id, reason: 'damaged', mode: 'remove', quantity: 4 })),
      form({ variantId: v.id, reason: 'count_correction', mode: 'set', quantity: 12 }),
      form({ variantId: v.id, reason: 'count_correction', mode: 'set', quantity: 9 }),
    ].sort(() => Math.random() - 0.5);
    const results = await Promise.all(jobs.map((j) => adjustStock(conn.db, j, actor)));
    const refused = results.filter((r) => !r.ok);
    expect(refused.every((r) => !r.ok && r.code === 'insufficient')).toBe(true);

    const stock = await stockOf(conn.db, v.id);
    expect(stock).toBeGreaterThanOrEqual(0);
    const ledger = await ledgerOf(conn.db, v.id);
    expect(ledger.reduce((s, l) => s + l.delta, 0)).toBe(stock);
    // In id order each row starts where the previous one ended: no change was lost or interleaved.
    let running = 0;
    for (const row of ledger) {
      running += row.delta;
      expect(row.stockAfter).toBe(running);
      expect(row.stockAfter).toBeGreaterThanOrEqual(0);
    }
    const changed = results.filter((r) => r.ok && r.changed).length;
    expect(ledger).toHaveLength(changed + 1);
    expect(await auditCount(conn.db, 'variant', v.id)).toBe(changed + 1);
  });

  it('finds variants by SKU and by product name without accents', async () => {
    const v = await variant(3, `Tai nghe chống ồn Thử ${Date.now()}`);
    const [row] = await conn.db.select({ sku: variants.sku }).from(variants).where(eq(variants.id, v.id));
    const bySku = await searchStockVariants(conn.db, { q: row?.sku ?? '', limit: 10, offset: 0 });
    expect(bySku.rows.map((r) => r.variantId)).toEqual([v.id]);
    const byName = await searchStockVariants(conn.db, { q: 'tai nghe chong on thu', limit: 50, offset: 0 });
    expect(byName.rows.map((r) => r.variantId)).toContain(v.id);
    const wildcard = await searchStockVariants(conn.db, { q: '%', limit: 10, offset: 0 });
    expect(wildcard.total).toBe(0);
  });
});

describe('the stock adjustment form schema', () => {
  const parse = (values: Record<string, string>) => stockAdjustmentSchema.safeParse(values);
  const fields = (values: Record<string, string>) => {
    const r = parse(values);
    return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
  };

  it('turns the reason and mode into a signed change', () => {
    expect(parse({ variantId: '7', reason: 'damaged', mode: 'remove', quantity: '2' }).data?.change).toEqual({
      kind: 'delta',
      delta: -2,
    });
    expect(parse({ variantId: '7', reason: 'count_correction', mode: 'set', quantity: '0' }).data?.change).toEqual({
      kind: 'set',
      counted: 0,
    });
    expect(parse({ variantId: '7', reason: 'received', mode: 'add', quantity: '1.000' }).data?.change).toEqual({
      kind: 'delta',
      delta: 1000,
    });
  });

  it('refuses modes that do not fit the reason, and bad quantities, field by field', () => {
    expect(fields({ variantId: '7', reason: 'received', mode: 'remove', quantity: '2' })).toHaveProperty('mode');
    expect(fields({ variantId: '7', reason: 'damaged', mode: 'set', quantity: '2' })).toHaveProperty('mode');
    expect(fields({ variantId: '7', reason: 'received', mode: 'add', quantity: '0' })).toHaveProperty('quantity');
    expect(fields({ variantId: '7', reason: 'received', mode: 'add', quantity: '-3' })).toHaveProperty('quantity');
    expect(fields({ variantId: '7', reason: 'received', mode: 'add', quantity: 'ba' })).toHaveProperty('quantity');
    expect(fields({ variantId: '7', reason: 'received', mode: 'add', quantity: '200000' })).toHaveProperty('quantity');
    expect(fields({ variantId: '7', reason: 'stolen', mode: 'add', quantity: '1' })).toHaveProperty('reason');
  });
});
