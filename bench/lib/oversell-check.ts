import type { Client } from 'pg';
import { countOrdersOfVariant, getInventorySnapshot, type InventorySnapshot } from './checkout-db';

// Zero oversell, by every count the database keeps: after a place-order run, each variant's stock, its
// ledger and its orders must agree with the 201 answers its buyers got, and the orders table with all of them.

export type Inventory = {
  variantId: number;
  initialStock: number;
  stockAfter: number;
  orders201: number;
  /** sum(delta) of the ledger rows written during the measured run. */
  ledgerDelta: number;
  /** Of the order numbers answered with 201: how many exist, distinct, as orders of the variant. */
  ordersFound: number;
  /** Units sold beyond the stock there was, by every count the database keeps. */
  oversold: number;
};

export type BoughtVariant = { variantId: number; start: InventorySnapshot; orderNumbers: string[] };

/**
 * Compares the database after the run with its state at the start and with the answers (every order is
 * one unit of one variant); prints the checks (per variant only when one fails).
 */
export async function checkInventory(db: Client, bought: BoughtVariant[], ordersAtStart: number) {
  const inventories: Inventory[] = [];
  const failures: string[] = [];
  let ordersNow = ordersAtStart;
  for (const { variantId, start, orderNumbers } of bought) {
    const after = await getInventorySnapshot(db, variantId);
    ordersNow = after.orders;
    const orders201 = orderNumbers.length;
    const ledgerDelta = after.ledgerSum - start.ledgerSum;
    const ordersFound = await countOrdersOfVariant(db, variantId, [...new Set(orderNumbers)]);
    const oversold = Math.max(0, orders201 - start.stock, -ledgerDelta - start.stock, -after.stock);
    inventories.push({
      variantId,
      initialStock: start.stock,
      stockAfter: after.stock,
      orders201,
      ledgerDelta,
      ordersFound,
      oversold,
    });
    const checks: Array<[what: string, ok: boolean]> = [
      [`stock after ${after.stock} >= 0`, after.stock >= 0],
      [
        `stock after ${after.stock} == initial ${start.stock} - ${orders201} answers 201`,
        after.stock === start.stock - orders201,
      ],
      [`inventory_ledger sum(delta) during the run ${ledgerDelta} == -${orders201}`, ledgerDelta === -orders201],
      [
        `order numbers of the 201s found in orders (distinct) ${ordersFound} == ${orders201}`,
        ordersFound === orders201,
      ],
      [`oversold ${oversold} == 0`, oversold === 0],
    ];
    for (const [what, ok] of checks) {
      if (bought.length === 1 || !ok) console.log(`  ${ok ? 'ok  ' : 'FAIL'} variant ${variantId}: ${what}`);
      if (!ok) failures.push(`variant ${variantId}: ${what}`);
    }
  }
  const orders201 = inventories.reduce((s, i) => s + i.orders201, 0);
  const ordersCreated = ordersNow - ordersAtStart;
  const createdOk = ordersCreated === orders201;
  if (!createdOk) failures.push(`orders rows created ${ordersCreated} == ${orders201}`);
  console.log(`  ${createdOk ? 'ok  ' : 'FAIL'} orders rows created ${ordersCreated} == ${orders201}`);
  if (bought.length > 1) {
    const fine = inventories.length - new Set(failures.map((f) => f.split(':')[0])).size;
    console.log(`  ${fine === inventories.length ? 'ok  ' : 'FAIL'} ${fine} of ${inventories.length} variants agree`);
  }
  const oversold = inventories.reduce((s, i) => s + i.oversold, 0) + Math.max(0, ordersCreated - orders201);
  console.log(`oversold: ${oversold}${oversold === 0 ? '' : ' FAIL'}`);
  return { inventories, ordersCreated, oversold, failures };
}
