import 'server-only';
import { PAYMENT_METHODS, type PaymentMethod } from '@/db/schema';
import type { Env } from '@/lib/env';
import { getGateway } from '@/lib/payments/registry';

// Payment methods offered at checkout: cash on delivery always; an online gateway when its keys are
// configured (or, in development, when its local simulator stands in for it).
export function availablePaymentMethods(env?: Env): PaymentMethod[] {
  return PAYMENT_METHODS.filter((method) => getGateway(method, env) !== null);
}
