import { Client } from 'pg';

// Straight to the benchmark's own database with `pg`: the variant every buyer buys, its stock, and what
// the checks count afterwards. Not through the app's code, which is what is being checked.

export type BenchVariant = { id: number; sku: string; productName: string };

/** Stock, ledger and order counts at one moment; the checks compare two of these. */
export type InventorySnapshot = { stock: number; ledgerSum: number; orders: number };

export async function connectBenchDatabase(databaseUrl: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  return client;
}

/**
 * The `count` most popular variants a shopper can buy (best-selling products first, one variant per
 * product): active, in stock, of a published product. The first is the hot variant of the one-variant run.
 */
export async function pickBuyableVariants(client: Client, count: number): Promise<BenchVariant[]> {
  const { rows } = await client.query<{ id: number; sku: string; product_name: string }>(
    `select id, sku, product_name
       from (select distinct on (p.id) v.id, v.sku, p.name as product_name, p.sold_count, p.id as product_id
               from variants v join products p on p.id = v.product_id
              where v.active and v.stock > 0 and p.published and p.deleted_at is null
              order by p.id, v.id) buyable
      order by sold_count desc, product_id
      limit $1`,
    [count],
  );
  if (rows.length < count) throw new Error(`${rows.length} buyable variants in the bench database, ${count} needed`);
  return rows.map((row) => ({ id: row.id, sku: row.sku, productName: row.product_name }));
}

/**
 * Sets the stock outright, as a fixture and deliberately without a ledger row: the checks compare the
 * ledger with its own value at the start of the measured run, not with the stock.
 */
export async function setStock(client: Client, variantId: number, stock: number): Promise<void> {
  const { rowCount } = await client.query('update variants set stock = $2, updated_at = now() where id = $1', [
    variantId,
    stock,
  ]);
  if (rowCount !== 1) throw new Error(`variant ${variantId} not found`);
}

export async function getInventorySnapshot(client: Client, variantId: number): Promise<InventorySnapshot> {
  const { rows } = await client.query<{ stock: number; ledger_sum: number; orders: number }>(
    `select v.stock,
            (select coalesce(sum(l.delta), 0)::int from inventory_ledger l where l.variant_id = v.id) as ledger_sum,
            (select count(*)::int from orders) as orders
       from variants v
      where v.id = $1`,
    [variantId],
  );
  const row = rows[0];
  if (!row) throw new Error(`variant ${variantId} not found`);
  return { stock: row.stock, ledgerSum: row.ledger_sum, orders: row.orders };
}

/** How many of these order numbers exist as orders of this variant. */
export async function countOrdersOfVariant(client: Client, variantId: number, numbers: string[]): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `select count(distinct o.id)::int as n
       from orders o join order_items i on i.order_id = o.id
      where o.number = any($1::text[]) and i.variant_id = $2`,
    [numbers, variantId],
  );
  return rows[0]?.n ?? 0;
}
