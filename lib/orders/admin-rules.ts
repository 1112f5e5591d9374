import type { OrderStatus, PaymentMethod } from '@/db/schema';
import { canTransition } from './state-machine';

// Which staff actions an order allows in its present state. Pure, so the detail page (which buttons to show)
// and lib/orders/admin-actions.ts (what to accept, under the order's lock) agree by construction.
//
// Cash on delivery ("delivered, cash collected = paid"): collecting the cash is not a state
// of its own. The state machine has no edge for it and the order stays `delivered`; staff record it with
// "Đã thu tiền COD", which sets orders.cod_collected_at. From then on the order counts as paid: it may be
// refunded, and only then completed (a COD order is not closed before its money is in). The shopper's page
// shows the payment as received; the admin timeline shows when and by whom.

export const ORDER_ACTIONS = ['confirm', 'ship', 'deliver', 'cod_collected', 'complete', 'cancel', 'refund'] as const;
export type OrderAction = (typeof ORDER_ACTIONS)[number];

export const ORDER_ACTION_LABELS: Record<OrderAction, string> = {
  confirm: 'Xác nhận đơn',
  ship: 'Giao cho đơn vị vận chuyển',
  deliver: 'Đã giao hàng',
  cod_collected: 'Đã thu tiền COD',
  complete: 'Hoàn tất đơn',
  cancel: 'Hủy đơn',
  refund: 'Ghi nhận hoàn tiền',
};

export type OrderFacts = {
  status: OrderStatus;
  paymentMethod: PaymentMethod;
  total: number;
  codCollected: boolean;
  /** An online payment for the order succeeded. */
  paidOnline: boolean;
  refunded: number;
};

/** Money we hold for the order: its total once paid online or once the COD cash came in, else nothing. */
export function paidAmount(o: OrderFacts): number {
  const paid = o.paymentMethod === 'cod' ? o.codCollected : o.paidOnline;
  return paid ? o.total : 0;
}

/** What may still be refunded: the total minus earlier refunds, for an order that was paid. */
export function refundable(o: OrderFacts): number {
  return Math.max(0, paidAmount(o) - o.refunded);
}

export function isAllowed(o: OrderFacts, action: OrderAction): boolean {
  switch (action) {
    case 'confirm':
      return canTransition(o.status, 'processing');
    case 'ship':
      return canTransition(o.status, 'shipped');
    case 'deliver':
      return canTransition(o.status, 'delivered');
    case 'cod_collected':
      return o.paymentMethod === 'cod' && !o.codCollected && o.status === 'delivered';
    case 'complete':
      return canTransition(o.status, 'completed') && (o.paymentMethod !== 'cod' || o.codCollected);
    case 'cancel':
      return canTransition(o.status, 'cancelled');
    case 'refund':
      return refundable(o) > 0;
    default: {
      const never: never = action;
      return never;
    }
  }
}

export function allowedActions(o: OrderFacts): OrderAction[] {
  return ORDER_ACTIONS.filter((a) => isAllowed(o, a));
}
