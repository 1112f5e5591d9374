import 'server-only';
import { eq } from 'drizzle-orm';
import { ONLINE_GATEWAYS, type OnlineGateway, type OrderStatus, orders, type PaymentMethod } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { verifyOrderAccessToken } from '@/lib/orders/access-token';
import { ORDER_STATUS_LABELS } from '@/lib/orders/state-machine';
import { getAttemptByReference } from './attempts';
import { getGateway } from './registry';
import type { PaymentResult } from './types';

// What the page a gateway sends the shopper back to shows: the order's state as stored. The gateway's
// return parameters are checked (where the gateway signs them) only to word a hint; they never change
// anything, because only the signed server-to-server notification may mark an order paid.

export type PaymentReturnState = 'paid' | 'waiting' | 'failed' | 'cancelled' | 'expired' | 'cod';

export type PaymentReturnView = {
  orderNumber: string;
  status: OrderStatus;
  statusLabel: string;
  paymentMethod: PaymentMethod;
  total: number;
  state: PaymentReturnState;
  gateway: OnlineGateway;
  /** The gateway signs its return parameters (VNPay, MoMo) and they verified, for this order. */
  returnVerified: boolean;
  returnSigned: boolean;
  /** What the verified return parameters claim (a hint while waiting for the notification). */
  claimed: PaymentResult | null;
};

function stateOf(status: OrderStatus): PaymentReturnState {
  switch (status) {
    case 'pending_payment':
      return 'waiting';
    case 'paid':
    case 'processing':
    case 'shipped':
    case 'delivered':
    case 'completed':
      return 'paid';
    case 'failed':
    case 'cancelled':
    case 'expired':
      return status;
    case 'placed':
      return 'cod';
    default: {
      const never: never = status;
      return never;
    }
  }
}

export async function getPaymentReturnView(
  db: Db,
  input: { gateway: string; orderNumber: string; token: string; params: URLSearchParams },
): Promise<PaymentReturnView | null> {
  const gateway = ONLINE_GATEWAYS.find((g) => g === input.gateway);
  if (!gateway || !verifyOrderAccessToken(input.orderNumber, input.token)) return null;
  const [order] = await db
    .select({
      id: orders.id,
      number: orders.number,
      status: orders.status,
      paymentMethod: orders.paymentMethod,
      total: orders.total,
    })
    .from(orders)
    .where(eq(orders.number, input.orderNumber));
  if (!order) return null;

  const check = getGateway(gateway)?.verifyReturn(input.params) ?? {
    signed: false,
    verified: false,
    claimed: null,
    reference: null,
  };
  // Return parameters of another order's attempt say nothing about this one.
  const attempt = check.reference ? await getAttemptByReference(db, gateway, check.reference) : null;
  const mine = attempt?.orderId === order.id;
  return {
    orderNumber: order.number,
    status: order.status,
    statusLabel: ORDER_STATUS_LABELS[order.status],
    paymentMethod: order.paymentMethod,
    total: order.total,
    // An order switched to cash on delivery is confirmed without a payment.
    state: order.paymentMethod === 'cod' && order.status !== 'cancelled' ? 'cod' : stateOf(order.status),
    gateway,
    returnSigned: check.signed,
    returnVerified: check.signed && check.verified && mine,
    claimed: mine ? check.claimed : null,
  };
}
