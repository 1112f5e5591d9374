import { and, eq, sql } from 'drizzle-orm';
import { type OnlineGateway, orderEvents, orders, outbox, type Payment, payments, webhookEvents } from '@/db/schema';
import { placeOrder } from '@/lib/checkout/place-order';
import type { Db } from '@/lib/db/types';
import { type AfterCommit, noAfterCommit } from '@/lib/payments/after-commit';
import { startPayment } from '@/lib/payments/start-payment';
import type { PaymentGateway } from '@/lib/payments/types';
import { handleWebhook } from '@/lib/payments/webhook';
import { checkoutRequest, createProduct, stockOf, testKey } from './factories';

// Shared steps of the payment tests: an online order with its first attempt, a notification handled
// in-process, and what a test looks at afterwards (order, attempt, events, outbox, stock).

export const SITE = 'https://shop.test';
const shipping = { flatFee: 30_000, freeFrom: 1_000_000 };

type OrderOptions = { price?: number; stock?: number; quantity?: number; windowMinutes?: number };

/** An online order without any payment attempt yet. */
export async function placePendingOrder(db: Db, method: OnlineGateway, opts: OrderOptions = {}) {
  const {
    variants: [variant],
  } = await createProduct(db, { variants: [{ price: opts.price ?? 450_000, stock: opts.stock ?? 5 }] });
  if (!variant) throw new Error('no variant');
  const placed = await placeOrder(db, {
    lines: [{ variantId: variant.id, quantity: opts.quantity ?? 2 }],
    request: checkoutRequest({ paymentMethod: method }),
    idempotencyKey: testKey(),
    shipping,
    paymentWindowMinutes: opts.windowMinutes ?? 15,
  });
  if (!placed.ok) throw new Error(`not placed: ${placed.code}`);
  return { order: placed.order, variant };
}

export function startAttempt(db: Db, gateway: PaymentGateway, orderNumber: string, method = gateway.id) {
  return startPayment(
    db,
    { orderNumber, method, clientIp: '113.161.1.1' },
    { gateway, siteUrl: SITE, after: noAfterCommit },
  );
}

/** An online order with its first attempt created through the gateway module. */
export async function placeOnlineOrder(db: Db, gateway: PaymentGateway, opts: OrderOptions = {}) {
  const { order, variant } = await placePendingOrder(db, gateway.id as OnlineGateway, opts);
  const placed = { order };
  const started = await startAttempt(db, gateway, placed.order.number);
  if (!started.ok) throw new Error(`payment not started: ${started.code} ${started.message}`);
  const attempt = await latestAttempt(db, placed.order.id);
  return { order: placed.order, variant, attempt, redirectUrl: started.redirectUrl };
}

export async function latestAttempt(db: Db, orderId: number): Promise<Payment> {
  const [row] = await db
    .select()
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(sql`${payments.id} desc`)
    .limit(1);
  if (!row) throw new Error('no attempt');
  return row;
}

export type AfterCounts = AfterCommit & { emails: number; released: string[][] };

export function countingAfter(): AfterCounts {
  const counts: AfterCounts = {
    emails: 0,
    released: [],
    emailQueued: () => {
      counts.emails++;
    },
    stockChanged: (slugs) => {
      if (slugs.length > 0) counts.released.push(slugs);
    },
  };
  return counts;
}

export function deliver(
  db: Db,
  gateway: PaymentGateway,
  request: { rawBody?: string; rawQuery?: string },
  after: AfterCommit = noAfterCommit,
) {
  return handleWebhook(
    gateway.id as OnlineGateway,
    {
      method: request.rawQuery !== undefined ? 'GET' : 'POST',
      rawBody: request.rawBody ?? '',
      rawQuery: request.rawQuery ?? '',
    },
    { db, gateway, after },
  );
}

/** Everything a notification may change about one order, to compare before and after. */
export async function snapshot(db: Db, orderId: number, variantId: number) {
  const [order] = await db
    .select({ status: orders.status, updatedAt: orders.updatedAt })
    .from(orders)
    .where(eq(orders.id, orderId));
  const attempts = await db
    .select({ status: payments.status, updatedAt: payments.updatedAt, gatewayReference: payments.gatewayReference })
    .from(payments)
    .where(eq(payments.orderId, orderId))
    .orderBy(payments.id);
  const events = await db
    .select({ from: orderEvents.fromStatus, to: orderEvents.toStatus })
    .from(orderEvents)
    .where(eq(orderEvents.orderId, orderId))
    .orderBy(orderEvents.id);
  const emails = await db
    .select({ id: outbox.id })
    .from(outbox)
    .where(eq(outbox.dedupeKey, `order-confirmation:${orderId}`));
  const webhooks = await db
    .select({ outcome: webhookEvents.outcome })
    .from(webhookEvents)
    .where(eq(webhookEvents.orderId, orderId))
    .orderBy(webhookEvents.id);
  return {
    status: order?.status,
    orderUpdatedAt: order?.updatedAt.toISOString(),
    attempts: attempts.map((a) => ({ ...a, updatedAt: a.updatedAt.toISOString() })),
    events: events.map((e) => `${e.from ?? ''}->${e.to}`),
    emails: emails.length,
    webhooks: webhooks.map((w) => w.outcome),
    stock: await stockOf(db, variantId),
  };
}

export async function webhookEventCount(db: Db, gateway: OnlineGateway, orderId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(webhookEvents)
    .where(and(eq(webhookEvents.gateway, gateway), eq(webhookEvents.orderId, orderId)));
  return row?.n ?? 0;
}
