// The checkout part of `npm run bench`, run by run.ts after the catalog routes on the same server.
// Two scenarios of BENCH_CHECKOUT_DURATION seconds at 20 concurrent clients, with plain fetch:
//  - add-to-cart: POST /api/cart/items into a fresh cart (X-Cart-Id) each time;
//  - place-order: each buyer adds one unit to a fresh cart, then POSTs /api/checkout (Idempotency-Key).
//    Twice: all buyers on one hot variant (the worst case: every order queues for the same row lock), then
//    spread over the 20 most popular variants (a sale day's mix). The stock is fewer than the run will
//    attempt, so that it sells out under contention and the rest of the run meets the out-of-stock path;
//    afterwards the database must show zero oversell for every variant. Both are held to the targets.
// E-mail: the server runs its job workers as in production (one instance; the relay hands each committed
// confirmation to BullMQ, the e-mail worker sends it through a pooled SMTP transport to a local sink,
// bench/lib/smtp-sink.ts): that work is part of what is measured. During the place-order runs the age
// of the oldest pending confirmation is sampled every 500 ms; it must stay under 10 s.
import {
  ADD_TO_CART_PATH,
  addToCart,
  CHECKOUT_PATH,
  isOutOfStock,
  newShopper,
  placedOrderNumber,
  placeOrder,
} from './lib/checkout-api';
import {
  type BenchVariant,
  connectBenchDatabase,
  getInventorySnapshot,
  type InventorySnapshot,
  pickBuyableVariants,
  setStock,
} from './lib/checkout-db';
import {
  forIterations,
  forSeconds,
  markUnexpected,
  newRequestLog,
  type RequestLog,
  type RequestSummary,
  runClients,
  summarize,
} from './lib/closed-loop';
import type { BenchEnv } from './lib/config';
import { latencyPercentiles } from './lib/load';
import { type EmailLag, sampleEmailLag, waitForEmailDrain } from './lib/email-lag';
import { checkInventory } from './lib/oversell-check';
import { type Machine, noisyMachineNote, writeResult } from './lib/results';
import type { BenchStack } from './lib/stack';
import { type Column, formatTable, measuredColumns } from './lib/table';

const CLIENTS = 20;
/** Variants of the spread run: the most popular ones, as on a sale day. */
const SPREAD_VARIANTS = 20;
const TARGETS = { placeOrderP95Ms: 250, clients: CLIENTS, oversold: 0, oldestPendingEmailSeconds: 10 } as const;
/** Orders placed before measuring, so that the checkout path (JIT, connection pools) is warm. */
const WARMUP_ORDERS = 40;
/** Stock for the probe and the warm-up, which must not run out. */
const WARMUP_STOCK = 1_000_000;
/** Unset BENCH_CHECKOUT_STOCK: what the warm-up's pace would sell in this share of the run. */
const SELL_OUT_SHARE = 0.4;

/**
 * BENCH_CHECKOUT_STOCK, or enough for 40% of the run at the warm-up's pace: a fixed number would
 * last the whole run on a slow (or busy) machine and leave the out-of-stock path untested, or sell out
 * in the first second on a fast one. At least one per buyer, so that they contend for the last units.
 */
function stockToSell(configured: number | undefined, warmUpOrdersPerSec: number, seconds: number): number {
  return configured ?? Math.max(CLIENTS, Math.round(warmUpOrdersPerSec * seconds * SELL_OUT_SHARE));
}

type Row = RequestSummary & { scenario: string; request: string };

const columns: Column<Row>[] = [
  { title: 'scenario', value: (r) => r.scenario },
  { title: 'request', value: (r) => r.request },
  ...measuredColumns<Row>(),
];

async function addToCartScenario(baseUrl: string, variantId: number, more: () => boolean): Promise<Row> {
  const log = newRequestLog();
  const seconds = await runClients(CLIENTS, more, async () => {
    const answer = await addToCart(log, baseUrl, newShopper(), variantId);
    if (answer && !answer.ok) markUnexpected(log, ADD_TO_CART_PATH, answer);
  });
  return { scenario: 'add-to-cart', request: `POST ${ADD_TO_CART_PATH}`, ...summarize(log, seconds) };
}

/** What the buyers of one place-order run saw. Times in ms from its start. */
type Buying = {
  started: number;
  add: RequestLog;
  checkout: RequestLog;
  /** Order numbers of the 201s, per variant bought. */
  orderNumbers: Map<number, string[]>;
  lastOrderAt: number | null;
  firstOutOfStockAt: number | null;
  outOfStockAtCart: number;
  outOfStockAtCheckout: number;
  outOfStockCheckoutMs: number[];
};

const newBuying = (): Buying => ({
  started: performance.now(),
  add: newRequestLog(),
  checkout: newRequestLog(),
  orderNumbers: new Map(),
  lastOrderAt: null,
  firstOutOfStockAt: null,
  outOfStockAtCart: 0,
  outOfStockAtCheckout: 0,
  outOfStockCheckoutMs: [],
});

/** One buyer iteration: a fresh cart with one unit, then the order. A 409 out_of_stock at either step is expected. */
async function buyOnce(baseUrl: string, variantId: number, b: Buying): Promise<void> {
  const shopper = newShopper();
  const added = await addToCart(b.add, baseUrl, shopper, variantId);
  if (!added) return;
  if (!added.ok) {
    if (!isOutOfStock(added)) return markUnexpected(b.add, ADD_TO_CART_PATH, added);
    b.outOfStockAtCart += 1;
    b.firstOutOfStockAt ??= performance.now() - b.started;
    return;
  }
  const placed = await placeOrder(b.checkout, baseUrl, shopper);
  if (!placed) return;
  const number = placedOrderNumber(placed);
  if (number) {
    b.orderNumbers.set(variantId, [...(b.orderNumbers.get(variantId) ?? []), number]);
    b.lastOrderAt = performance.now() - b.started;
  } else if (isOutOfStock(placed)) {
    b.outOfStockAtCheckout += 1;
    b.outOfStockCheckoutMs.push(placed.ms);
    b.firstOutOfStockAt ??= performance.now() - b.started;
  } else {
    markUnexpected(b.checkout, CHECKOUT_PATH, placed);
  }
}

const ordersOf = (b: Buying) => [...b.orderNumbers.values()].reduce((n, numbers) => n + numbers.length, 0);

/** One order, start to end, before any load: fails fast (with the answers) when the flow itself is broken. */
async function probeCheckout(baseUrl: string, variantId: number): Promise<void> {
  const b = newBuying();
  await buyOnce(baseUrl, variantId, b);
  if (ordersOf(b) !== 1) {
    const seen = [...b.add.examples, ...b.checkout.examples];
    throw new Error(`checkout probe placed no order: ${seen.join('; ') || 'out of stock'}`);
  }
}

export type CheckoutBenchInput = { env: BenchEnv; stack: BenchStack; stamp: string; machine: Machine };

type PlaceOrderRun = {
  name: string;
  variants: number;
  stock: number;
  rows: Row[];
  orders: number;
  ordersPerSec: number;
  sellingSeconds: number;
  soldOutAfterSeconds: number | null;
  outOfStockAtCheckout: number;
  outOfStockAtCart: number;
  outOfStockCheckoutLatency: ReturnType<typeof latencyPercentiles>;
  ordersCreated: number;
  oversold: number;
  inventories: Awaited<ReturnType<typeof checkInventory>>['inventories'];
  failures: string[];
};

/**
 * One place-order run: `stock` units spread evenly over `variants`, each buyer iteration buying the next
 * variant in turn; then the oversell checks.
 */
async function placeOrderRun(
  db: Awaited<ReturnType<typeof connectBenchDatabase>>,
  baseUrl: string,
  name: string,
  variants: BenchVariant[],
  stock: number,
  seconds: number,
): Promise<PlaceOrderRun> {
  const each = Math.max(1, Math.ceil(stock / variants.length));
  const starts: InventorySnapshot[] = [];
  for (const v of variants) {
    await setStock(db, v.id, each);
    starts.push(await getInventorySnapshot(db, v.id));
  }
  const ordersAtStart = starts[0]?.orders ?? 0;
  console.log(`measuring place-order, ${name} (${CLIENTS} buyers, ${seconds} s, stock ${each} per variant)…`);
  const b = newBuying();
  let next = 0;
  const elapsed = await runClients(CLIENTS, forSeconds(seconds), () => {
    const variant = variants[next++ % variants.length] as BenchVariant;
    return buyOnce(baseUrl, variant.id, b);
  });

  const orders = ordersOf(b);
  const soldOut = b.firstOutOfStockAt !== null;
  // Once sold out no order can follow: orders/s counts the time there was stock to sell.
  const sellingSeconds = soldOut && b.lastOrderAt !== null ? b.lastOrderAt / 1000 : elapsed;
  const ordersPerSec = sellingSeconds > 0 ? Math.round((orders / sellingSeconds) * 10) / 10 : 0;
  const scenario = `place-order, ${name}`;
  const rows: Row[] = [
    { scenario, request: `POST ${ADD_TO_CART_PATH}`, ...summarize(b.add, elapsed) },
    { scenario, request: `POST ${CHECKOUT_PATH}`, ...summarize(b.checkout, elapsed) },
  ];
  console.log(`\n${formatTable(rows, columns)}`);
  console.log(
    `${scenario}: ${orders} orders (201) in ${sellingSeconds.toFixed(1)} s = ${ordersPerSec} orders/s` +
      (soldOut ? ` until the first sell-out at ${((b.firstOutOfStockAt ?? 0) / 1000).toFixed(1)} s` : '') +
      `; 409 out_of_stock: ${b.outOfStockAtCheckout} at checkout, ${b.outOfStockAtCart} at add-to-cart`,
  );
  const bought = variants.map((v, i) => ({
    variantId: v.id,
    start: starts[i] as InventorySnapshot,
    orderNumbers: b.orderNumbers.get(v.id) ?? [],
  }));
  const { inventories, ordersCreated, oversold, failures } = await checkInventory(db, bought, ordersAtStart);
  if (!soldOut) {
    console.warn(
      `note: stock did not run out in ${name}: the out-of-stock path went untested;` +
        ' lower BENCH_CHECKOUT_STOCK or raise BENCH_CHECKOUT_DURATION',
    );
  }
  return {
    name,
    variants: variants.length,
    stock: each * variants.length,
    rows,
    orders,
    ordersPerSec,
    sellingSeconds: Math.round(sellingSeconds * 10) / 10,
    soldOutAfterSeconds: soldOut ? Math.round((b.firstOutOfStockAt ?? 0) / 100) / 10 : null,
    outOfStockAtCheckout: b.outOfStockAtCheckout,
    outOfStockAtCart: b.outOfStockAtCart,
    outOfStockCheckoutLatency: latencyPercentiles(b.outOfStockCheckoutMs),
    ordersCreated,
    oversold,
    inventories,
    failures,
  };
}

/** Runs the scenarios, prints them and the checks, writes bench/results/checkout-<stamp>.json; true on PASS. */
export async function benchCheckout({ env, stack, stamp, machine }: CheckoutBenchInput): Promise<boolean> {
  const seconds = env.BENCH_CHECKOUT_DURATION;
  const db = await connectBenchDatabase(stack.databaseUrl);
  try {
    const popular = await pickBuyableVariants(db, SPREAD_VARIANTS);
    const hot = popular[0] as BenchVariant;
    console.log(`\ncheckout: hot variant ${hot.id} (${hot.sku}, ${hot.productName}); ${CLIENTS} clients`);
    await setStock(db, hot.id, WARMUP_STOCK);
    await probeCheckout(stack.url, hot.id);

    await addToCartScenario(stack.url, hot.id, forIterations(env.BENCH_WARMUP_REQUESTS));
    console.log(`measuring add-to-cart (${CLIENTS} clients, ${seconds} s)…`);
    const addRow = await addToCartScenario(stack.url, hot.id, forSeconds(seconds));
    console.log(`\n${formatTable([addRow], columns)}\n`);

    const warmUp = newBuying();
    const warmUpSeconds = await runClients(CLIENTS, forIterations(WARMUP_ORDERS), () =>
      buyOnce(stack.url, hot.id, warmUp),
    );
    const warmUpOrdersPerSec = Math.round((ordersOf(warmUp) / warmUpSeconds) * 10) / 10;
    const stock = stockToSell(env.BENCH_CHECKOUT_STOCK, warmUpOrdersPerSec, seconds);
    const stockFrom = env.BENCH_CHECKOUT_STOCK ? 'BENCH_CHECKOUT_STOCK' : `warm-up: ${warmUpOrdersPerSec} orders/s`;
    console.log(`stock to sell per run: ${stock} (${stockFrom})`);

    // A second connection: the sampler's queries run while the runs' checks use the first.
    const lagDb = await connectBenchDatabase(stack.databaseUrl);
    const lagSampler = sampleEmailLag(lagDb);
    let emailLag: EmailLag;
    let drainSeconds: number | null;
    let runs: PlaceOrderRun[];
    try {
      runs = [
        await placeOrderRun(db, stack.url, '1 hot variant', [hot], stock, seconds),
        await placeOrderRun(db, stack.url, `${SPREAD_VARIANTS} popular variants`, popular, stock, seconds),
      ];
      drainSeconds = await waitForEmailDrain(lagDb, 60_000);
      emailLag = await lagSampler.stop();
    } finally {
      await lagSampler.stop();
      await lagDb.end();
    }
    const emailsAccepted = stack.smtp.received();
    console.log(
      `\ne-mail: oldest pending confirmation at most ${emailLag.maxAgeSeconds} s old (${emailLag.samples} samples, ` +
        `at most ${emailLag.maxPending} pending); all sent ${drainSeconds === null ? 'NOT within 60 s' : `${drainSeconds.toFixed(1)} s`} after the last order; ` +
        `${emailsAccepted} accepted by the SMTP sink`,
    );

    const failures: string[] = [];
    for (const row of [addRow, ...runs.flatMap((r) => r.rows)]) {
      if (row.errors > 0) failures.push(`${row.scenario} ${row.request}: ${row.errors} errors`);
      for (const e of row.examples) console.warn(`  ${row.scenario}: ${e}`);
    }
    for (const run of runs) {
      failures.push(...run.failures.map((f) => `${run.name}: ${f}`));
      const p95 = run.rows[1]?.p95 ?? null;
      if (p95 === null || p95 > TARGETS.placeOrderP95Ms) {
        failures.push(`place-order (${run.name}) p95 ${p95 ?? '–'} ms > ${TARGETS.placeOrderP95Ms} ms`);
      }
      if (run.oversold !== TARGETS.oversold) failures.push(`${run.name}: oversold ${run.oversold}`);
    }
    if (emailLag.maxAgeSeconds >= TARGETS.oldestPendingEmailSeconds) {
      failures.push(
        `oldest pending confirmation ${emailLag.maxAgeSeconds} s >= ${TARGETS.oldestPendingEmailSeconds} s`,
      );
    }
    if (drainSeconds === null) failures.push('confirmations still pending 60 s after the last order');
    const noisy = noisyMachineNote(machine);
    if (noisy) console.warn(noisy);
    const pass = failures.length === 0;
    const p95s = runs.map((r) => `${r.name} ${r.rows[1]?.p95} ms`).join(', ');
    console.log(
      pass
        ? `PASS: place-order p95 <= ${TARGETS.placeOrderP95Ms} ms at ${CLIENTS} concurrent buyers (${p95s}), oversold: 0, ` +
            `oldest pending confirmation ${emailLag.maxAgeSeconds} s < ${TARGETS.oldestPendingEmailSeconds} s`
        : `FAIL: ${failures.join('; ')}`,
    );

    const file = await writeResult(`checkout-${stamp}.json`, {
      stamp,
      finishedAt: new Date().toISOString(),
      machine,
      options: {
        clients: CLIENTS,
        duration: seconds,
        stock,
        stockFrom,
        warmUpRequests: env.BENCH_WARMUP_REQUESTS,
        warmUpOrders: WARMUP_ORDERS,
      },
      targets: TARGETS,
      variants: popular,
      scenarios: [addRow, ...runs.flatMap((r) => r.rows)],
      placeOrder: runs.map(({ rows: _rows, ...run }) => run),
      emailsAccepted,
      emailLag: { ...emailLag, drainSeconds },
      pass,
      failures,
    });
    console.log(`results: ${file}`);
    return pass;
  } finally {
    await db.end();
  }
}
