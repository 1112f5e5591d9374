import type { PaymentMethod } from '@/db/schema';

// Payment methods offered at checkout. Cash on delivery always; the online gateways join when their
// modules land (lib/payments).
export function availablePaymentMethods(): PaymentMethod[] {
  return ['cod'];
}
