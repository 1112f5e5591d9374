import { z } from 'zod';
import type { OrderStatus } from '@/db/schema';
import { paymentMethodSchema } from '@/lib/checkout/schemas';
import { orderNumberSchema } from '@/lib/orders/api-schemas';

// "Tiếp tục thanh toán": a shopper whose order still waits for payment pays again (any configured gateway)
// or switches it to cash on delivery. The form's server action and POST /api/orders/{number}/pay both end
// in startPayment (lib/payments/start-payment.ts); this module holds what the form adds around it.

/** The form's fields: the order and its access token (hidden, from the page's link) and the chosen method. */
export const continuePaymentFormSchema = z.object({
  number: orderNumberSchema,
  token: z.string().min(10).max(200),
  paymentMethod: paymentMethodSchema,
});
export type ContinuePaymentForm = z.infer<typeof continuePaymentFormSchema>;

/**
 * Whether to offer the choice: the order waits for payment and its window is still open. startPayment
 * decides again under lock; this only keeps the page from offering what would be refused.
 */
export function awaitsPayment(
  order: { status: OrderStatus; paymentExpiresAt: string | Date | null },
  now: Date = new Date(),
): boolean {
  if (order.status !== 'pending_payment' || !order.paymentExpiresAt) return false;
  return new Date(order.paymentExpiresAt).getTime() > now.getTime();
}
