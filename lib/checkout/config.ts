import 'server-only';
import { getEnv } from '@/lib/env';
import type { ShippingRule } from './shipping';

export function shippingRule(): ShippingRule {
  const env = getEnv();
  return { flatFee: env.SHIPPING_FEE_VND, freeFrom: env.FREE_SHIPPING_MIN_VND };
}
