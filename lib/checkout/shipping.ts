// Shipping fee rule: a flat fee, free from a subtotal threshold. Both come from the environment so the
// shop can change them without a release.

export type ShippingRule = { flatFee: number; freeFrom: number };

export function shippingFee(subtotal: number, rule: ShippingRule): number {
  if (subtotal <= 0) return 0;
  return subtotal >= rule.freeFrom ? 0 : rule.flatFee;
}
