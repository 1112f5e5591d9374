import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES } from '@/db/schema';
import { allowedTransitions, canTransition, ORDER_STATUS_LABELS, releasesStock } from './state-machine';

describe('order state machine', () => {
  it('follows the documented happy paths', () => {
    const cod = ['placed', 'processing', 'shipped', 'delivered', 'completed'] as const;
    const online = ['pending_payment', 'paid', 'processing', 'shipped', 'delivered', 'completed'] as const;
    for (const path of [cod, online]) {
      for (let i = 1; i < path.length; i++)
        expect(canTransition(path[i - 1] ?? 'placed', path[i] ?? 'placed')).toBe(true);
    }
  });

  it('cancels anything before shipping and nothing after', () => {
    for (const s of ['pending_payment', 'placed', 'paid', 'processing'] as const)
      expect(canTransition(s, 'cancelled')).toBe(true);
    for (const s of ['shipped', 'delivered', 'completed'] as const) expect(canTransition(s, 'cancelled')).toBe(false);
  });

  it('never un-pays, and final states are final', () => {
    expect(canTransition('paid', 'failed')).toBe(false);
    expect(canTransition('paid', 'pending_payment')).toBe(false);
    for (const s of ['completed', 'cancelled', 'expired', 'failed'] as const) expect(allowedTransitions(s)).toEqual([]);
  });

  it('releases stock exactly on the ends that give it back', () => {
    expect(ORDER_STATUSES.filter(releasesStock)).toEqual(['cancelled', 'expired', 'failed']);
    for (const s of ORDER_STATUSES) expect(ORDER_STATUS_LABELS[s]).toBeTruthy();
  });
});
