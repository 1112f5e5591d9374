import type { OrderStatus, PaymentStatus, WebhookOutcome } from '@/db/schema';
import type { PaymentEvent } from './types';

// What a verified payment event does to its order and attempt, decided from the rows as they are under
// lock. Pure, so every rule is unit-tested; lib/payments/apply-event.ts carries the decision out.
//
// - The gateway's reference must match the attempt where the gateway signs one (PayOS paymentLinkId),
//   and the amount must equal the order total exactly: otherwise nothing changes.
// - Paid: a pending order becomes paid. Money for an order that can no longer be paid (expired,
//   cancelled, switched to cash, or already paid through another attempt) is recorded for staff.
// - Failed or cancelled: ends a pending order (stock comes back) only when it reports on the current
//   attempt; a report on an attempt the shopper has replaced, or a late failure after payment, changes
//   no order and never un-pays one.
// - Pending: recorded, nothing else.

export type DecisionInput = {
  order: { status: OrderStatus; total: number };
  attempt: { status: PaymentStatus; amount: number; gatewayReference: string | null };
  event: Pick<PaymentEvent, 'amount' | 'result' | 'gatewayReference' | 'matchGatewayReference'>;
};

export type Decision = {
  outcome: WebhookOutcome;
  /** The order's new status, through transitionOrder; null leaves it. */
  orderTo: 'paid' | 'failed' | 'cancelled' | null;
  /** The attempt's new status; null leaves it. */
  attemptTo: PaymentStatus | null;
};

const none = (outcome: WebhookOutcome): Decision => ({ outcome, orderTo: null, attemptTo: null });

export function decide({ order, attempt, event }: DecisionInput): Decision {
  if (event.matchGatewayReference && event.gatewayReference !== attempt.gatewayReference) {
    return none('reference_mismatch');
  }
  if (event.amount !== order.total || event.amount !== attempt.amount) return none('amount_mismatch');

  switch (event.result) {
    case 'paid': {
      if (order.status === 'pending_payment') return { outcome: 'paid', orderTo: 'paid', attemptTo: 'succeeded' };
      // The same attempt reported twice under different keys: already applied.
      if (attempt.status === 'succeeded') return none('ignored');
      return { outcome: 'needs_review', orderTo: null, attemptTo: 'succeeded' };
    }
    case 'failed':
    case 'cancelled': {
      const current = attempt.status === 'pending';
      if (order.status === 'pending_payment' && current) {
        return { outcome: event.result, orderTo: event.result, attemptTo: event.result };
      }
      // Bookkeeping only: a still-pending attempt records its end; a succeeded one stays succeeded.
      return { outcome: 'ignored', orderTo: null, attemptTo: current ? event.result : null };
    }
    case 'pending':
      return none('pending');
    default: {
      const never: never = event.result;
      throw new Error(`unknown payment result ${String(never)}`);
    }
  }
}
