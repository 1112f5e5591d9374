import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { type OrderStatus, orderItems, orders, payments, type WebhookOutcome, webhookEvents } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { queueOrderConfirmation } from '@/lib/orders/confirmation-email';
import { transitionOrder } from '@/lib/orders/transition';
import { decide } from './decide';
import type { PaymentEvent } from './types';

// The one function that applies a verified payment event, for every gateway. In one transaction: lock
// the order (then its attempt: the same order as the expiry sweep, so the two cannot deadlock), record
// the event under its unique (gateway, event key) — a repeat finds it and changes nothing — decide
// (lib/payments/decide.ts), transition the order through the state machine, update the attempt, and
// queue the confirmation e-mail in the outbox. The caller wakes the outbox after commit.

export type ApplyResult =
  | { kind: 'unknown_order' }
  | { kind: 'duplicate'; outcome: WebhookOutcome; orderNumber: string }
  | {
      kind: 'recorded';
      outcome: WebhookOutcome;
      orderNumber: string;
      transition: { from: OrderStatus; to: OrderStatus } | null;
      /** The order's total (VND): the revenue a transition to paid brings. */
      orderTotal: number;
      emailQueued: boolean;
      /** Products whose stock came back (failed or cancelled order), for cache revalidation. */
      releasedProducts: string[];
    };

const FINAL_ATTEMPT = new Set(['succeeded', 'failed', 'cancelled', 'expired']);

export async function applyPaymentEvent(db: Db, event: PaymentEvent): Promise<ApplyResult> {
  const [found] = await db
    .select({ id: payments.id, orderId: payments.orderId })
    .from(payments)
    .where(and(eq(payments.gateway, event.gateway), eq(payments.reference, event.reference)));
  if (!found) return { kind: 'unknown_order' };

  return db.transaction(async (tx): Promise<ApplyResult> => {
    const [order] = await tx
      .select({ id: orders.id, number: orders.number, status: orders.status, total: orders.total })
      .from(orders)
      .where(eq(orders.id, found.orderId))
      .for('update');
    const [attempt] = await tx.select().from(payments).where(eq(payments.id, found.id)).for('update');
    if (!order || !attempt) return { kind: 'unknown_order' };

    const [recorded] = await tx
      .insert(webhookEvents)
      .values({
        gateway: event.gateway,
        eventKey: event.eventKey,
        orderId: order.id,
        paymentId: attempt.id,
        outcome: 'pending',
        payload: event.payload,
      })
      .onConflictDoNothing({ target: [webhookEvents.gateway, webhookEvents.eventKey] })
      .returning({ id: webhookEvents.id });
    if (!recorded) {
      const [prior] = await tx
        .select({ outcome: webhookEvents.outcome })
        .from(webhookEvents)
        .where(and(eq(webhookEvents.gateway, event.gateway), eq(webhookEvents.eventKey, event.eventKey)));
      return { kind: 'duplicate', outcome: prior?.outcome ?? 'ignored', orderNumber: order.number };
    }

    const decision = decide({ order, attempt, event });
    let transition: { from: OrderStatus; to: OrderStatus } | null = null;
    let releasedProducts: string[] = [];
    if (decision.orderTo) {
      const moved = await transitionOrder(tx, order.id, decision.orderTo, {
        actor: `gateway:${event.gateway}`,
        note: `${event.gateway} ${event.code}`,
      });
      // The order is locked and was pending_payment: a refusal here is a bug, and rolls everything back.
      if (!moved.ok) throw new Error(`transition of ${order.number} to ${decision.orderTo} refused: ${moved.code}`);
      transition = { from: moved.from, to: moved.to };
      if (decision.orderTo !== 'paid') {
        const items = await tx
          .selectDistinct({ slug: orderItems.productSlug })
          .from(orderItems)
          .where(eq(orderItems.orderId, order.id));
        releasedProducts = items.map((i) => i.slug);
      }
    }

    // Rejected events (amount, reference) leave the attempt exactly as it was.
    const rejected = decision.outcome === 'amount_mismatch' || decision.outcome === 'reference_mismatch';
    if (!rejected) {
      const attemptTo = decision.attemptTo;
      await tx
        .update(payments)
        .set({
          lastPayload: event.payload,
          updatedAt: sql`now()`,
          ...(attempt.gatewayReference === null && event.gatewayReference
            ? { gatewayReference: event.gatewayReference }
            : {}),
          ...(attemptTo ? { status: attemptTo } : {}),
          ...(attemptTo && FINAL_ATTEMPT.has(attemptTo) ? { completedAt: sql`now()` } : {}),
        })
        .where(eq(payments.id, attempt.id));
    }
    const emailQueued = decision.orderTo === 'paid' ? await queueOrderConfirmation(tx, order) : false;
    await tx.update(webhookEvents).set({ outcome: decision.outcome }).where(eq(webhookEvents.id, recorded.id));
    return {
      kind: 'recorded',
      outcome: decision.outcome,
      orderNumber: order.number,
      transition,
      orderTotal: order.total,
      emailQueued,
      releasedProducts,
    };
  });
}
