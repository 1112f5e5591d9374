import 'server-only';
import type { PaymentMethod } from '@/db/schema';
import type { Db } from '@/lib/db/types';
import { getOpenAttempt } from './attempts';
import { type StartPaymentDeps, startPayment } from './start-payment';

// The payment step of checkout, after the order has committed: an online order gets its first attempt
// and the shopper the gateway's URL. A repeated checkout (same Idempotency-Key) gets the open attempt's
// URL again rather than a second attempt.

export type CheckoutPayment = {
  redirectUrl: string | null;
  /** The order was placed but the gateway could not be reached: the shopper may retry or switch method. */
  error: { code: string; message: string } | null;
};

export async function paymentForPlacedOrder(
  db: Db,
  order: { id: number; number: string; status: string; paymentMethod: PaymentMethod },
  opts: { replayed: boolean; clientIp: string },
  deps: StartPaymentDeps = {},
): Promise<CheckoutPayment> {
  if (order.status !== 'pending_payment') return { redirectUrl: null, error: null };
  if (opts.replayed) {
    const open = await getOpenAttempt(db, order.id);
    if (open && open.gateway === order.paymentMethod) return { redirectUrl: open.redirectUrl, error: null };
  }
  const started = await startPayment(
    db,
    { orderNumber: order.number, method: order.paymentMethod, clientIp: opts.clientIp },
    deps,
  );
  if (started.ok) return { redirectUrl: started.redirectUrl, error: null };
  return { redirectUrl: null, error: { code: started.code, message: started.message } };
}
