import type { Client } from 'pg';
import { countOrdersOfVariant, getInventorySnapshot, type InventorySnapshot } from './checkout-db';

// Zero oversell, by every count the database keeps: after a place-order run, its stock, its ledger and
// its orders must each agree with the 201 answers the buyers got.

export type Inventory = {
  initialStock: number;
  stockAfter: number;
  orders201: number;
  /** sum(delta) of the ledger rows written during the measured run. */
  ledgerDelta: number;
  ordersCreated: number;
  /** Of the order numbers answered with 201: how many exist, distinct, as orders of the variant. */
  ordersFound: number;
  /** Units sold beyond the stock there was, by every count the database keeps. */
  oversold: number;
};

/** Compares the database after the run with its state at the start and with the answers; prints each check. */
export async function checkInventory(db: Client, variantId: number, start: InventorySnapshot, orderNumbers: string[]) {
  const after = await getInventorySnapshot(db, variantId);
  const orders201 = orderNumbers.length;
  const ledgerDelta = after.ledgerSum - start.ledgerSum;
  const ordersCreated = after.orders - start.orders;
  const ordersFound = await countOrdersOfVariant(db, variantId, [...new Set(orderNumbers)]);
  const oversold = Math.max(0, ordersCreated - start.stock, -ledgerDelta - start.stock, -after.stock);
  const inventory: Inventory = {
    initialStock: start.stock,
    stockAfter: after.stock,
    orders201,
    ledgerDelta,
    ordersCreated,
    ordersFound,
    oversold,
  };
  const checks: Array<[what: string, ok: boolean]> = [
    [`stock after ${after.stock} >= 0`, after.stock >= 0],
    [
      `stock after ${after.stock} == initial ${start.stock} - ${orders201} answers 201`,
      after.stock === start.stock - orders201,
    ],
    [`inventory_ledger sum(delta) during the run ${ledgerDelta} == -${orders201}`, ledgerDelta === -orders201],
    [`orders rows created ${ordersCreated} == ${orders201}`, ordersCreated === orders201],
    [`order numbers of the 201s found in orders (distinct) ${ordersFound} == ${orders201}`, ordersFound === orders201],
    [`oversold ${oversold} == 0`, oversold === 0],
  ];
  for (const [what, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`);
  console.log(`oversold: ${oversold}${oversold === 0 ? '' : ' FAIL'}`);
  return { inventory, failures: checks.filter(([, ok]) => !ok).map(([what]) => what) };
}
