import { describe, expect, it } from 'vitest';
import { allowedActions, type OrderFacts, refundable } from './admin-rules';

const cod = (over: Partial<OrderFacts> = {}): OrderFacts => ({
  status: 'placed',
  paymentMethod: 'cod',
  total: 1_000_000,
  codCollected: false,
  paidOnline: false,
  refunded: 0,
  ...over,
});
const online = (over: Partial<OrderFacts> = {}): OrderFacts =>
  cod({ paymentMethod: 'vnpay', status: 'paid', paidOnline: true, ...over });

describe('staff actions by order state', () => {
  it('follows a COD order from placed to completed, cash before completion', () => {
    expect(allowedActions(cod())).toEqual(['confirm', 'cancel']);
    expect(allowedActions(cod({ status: 'processing' }))).toEqual(['ship', 'cancel']);
    expect(allowedActions(cod({ status: 'shipped' }))).toEqual(['deliver']);
    expect(allowedActions(cod({ status: 'delivered' }))).toEqual(['cod_collected']);
    expect(allowedActions(cod({ status: 'delivered', codCollected: true }))).toEqual(['complete', 'refund']);
    expect(allowedActions(cod({ status: 'completed', codCollected: true }))).toEqual(['refund']);
  });

  it('lets a paid online order be refunded at any point, cancelled only before it ships', () => {
    expect(allowedActions(online())).toEqual(['confirm', 'cancel', 'refund']);
    expect(allowedActions(online({ status: 'shipped' }))).toEqual(['deliver', 'refund']);
    expect(allowedActions(online({ status: 'delivered' }))).toEqual(['complete', 'refund']);
    expect(allowedActions(online({ status: 'cancelled', refunded: 1_000_000 }))).toEqual([]);
  });

  it('offers nothing but cancel to an order still waiting for payment, nothing to ended ones', () => {
    expect(allowedActions(online({ status: 'pending_payment', paidOnline: false }))).toEqual(['cancel']);
    for (const status of ['expired', 'failed', 'cancelled'] as const) {
      expect(allowedActions(cod({ status }))).toEqual([]);
    }
  });

  it('refunds at most the total minus earlier refunds, and nothing of an unpaid order', () => {
    expect(refundable(online({ refunded: 300_000 }))).toBe(700_000);
    expect(refundable(online({ refunded: 1_000_000 }))).toBe(0);
    expect(refundable(cod({ status: 'delivered' }))).toBe(0);
  });
});
