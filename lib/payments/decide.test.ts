import { describe, expect, it } from 'vitest';
import { type DecisionInput, decide } from './decide';

const base: DecisionInput = {
  order: { status: 'pending_payment', total: 500_000 },
  attempt: { status: 'pending', amount: 500_000, gatewayReference: null },
  event: { amount: 500_000, result: 'paid', gatewayReference: '123', matchGatewayReference: false },
};
const withEvent = (event: Partial<DecisionInput['event']>, rest: Partial<DecisionInput> = {}) =>
  decide({ ...base, ...rest, event: { ...base.event, ...event } });

describe('deciding what a payment event does', () => {
  it('pays a pending order and marks the attempt succeeded', () => {
    expect(decide(base)).toEqual({ outcome: 'paid', orderTo: 'paid', attemptTo: 'succeeded' });
  });

  it('refuses any amount other than the order total, by one dong either way', () => {
    expect(withEvent({ amount: 499_999 }).outcome).toBe('amount_mismatch');
    expect(withEvent({ amount: 500_001 }).outcome).toBe('amount_mismatch');
    expect(withEvent({ amount: 5_000.5 }).orderTo).toBeNull();
  });

  it('checks the signed gateway reference against the attempt when asked to', () => {
    const attempt = { ...base.attempt, gatewayReference: 'link-1' };
    expect(withEvent({ matchGatewayReference: true, gatewayReference: 'link-2' }, { attempt }).outcome).toBe(
      'reference_mismatch',
    );
    expect(withEvent({ matchGatewayReference: true, gatewayReference: 'link-1' }, { attempt }).outcome).toBe('paid');
  });

  it('fails or cancels a pending order on its current attempt', () => {
    expect(withEvent({ result: 'failed' })).toEqual({ outcome: 'failed', orderTo: 'failed', attemptTo: 'failed' });
    expect(withEvent({ result: 'cancelled' }).orderTo).toBe('cancelled');
  });

  it('never un-pays: a failure after payment changes nothing', () => {
    const paid = {
      order: { ...base.order, status: 'paid' as const },
      attempt: { ...base.attempt, status: 'succeeded' as const },
    };
    expect(withEvent({ result: 'failed' }, paid)).toEqual({ outcome: 'ignored', orderTo: null, attemptTo: null });
    expect(withEvent({ result: 'paid' }, paid)).toEqual({ outcome: 'ignored', orderTo: null, attemptTo: null });
  });

  it('a failure of a replaced attempt does not end the order', () => {
    const replaced = { attempt: { ...base.attempt, status: 'cancelled' as const } };
    expect(withEvent({ result: 'failed' }, replaced)).toEqual({ outcome: 'ignored', orderTo: null, attemptTo: null });
    // ...but money on it still pays the order.
    expect(withEvent({ result: 'paid' }, replaced).orderTo).toBe('paid');
  });

  it('money for an order that can no longer be paid goes to staff', () => {
    for (const status of ['expired', 'cancelled', 'placed'] as const) {
      expect(withEvent({ result: 'paid' }, { order: { ...base.order, status } })).toEqual({
        outcome: 'needs_review',
        orderTo: null,
        attemptTo: 'succeeded',
      });
    }
  });

  it('pending reports leave everything as it is', () => {
    expect(withEvent({ result: 'pending' })).toEqual({ outcome: 'pending', orderTo: null, attemptTo: null });
  });
});
