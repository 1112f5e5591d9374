import { describe, expect, it } from 'vitest';
import { awaitsPayment, continuePaymentFormSchema } from './continue-payment';

const now = new Date('2026-11-26T03:00:00Z');
const later = '2026-11-26T03:10:00.000Z';
const earlier = '2026-11-26T02:50:00.000Z';

describe('Tiếp tục thanh toán', () => {
  it('is offered only while the order waits for payment inside its window', () => {
    expect(awaitsPayment({ status: 'pending_payment', paymentExpiresAt: later }, now)).toBe(true);
    expect(awaitsPayment({ status: 'pending_payment', paymentExpiresAt: earlier }, now)).toBe(false);
    expect(awaitsPayment({ status: 'pending_payment', paymentExpiresAt: null }, now)).toBe(false);
    for (const status of ['placed', 'paid', 'cancelled', 'expired', 'failed'] as const) {
      expect(awaitsPayment({ status, paymentExpiresAt: later }, now)).toBe(false);
    }
  });

  it('takes a known method for a well-formed order and token, and says what is wrong in Vietnamese', () => {
    const token = 'XG4P4bVJYCvizzfru9uH-2TZ20HjQDbPeY-EvHBcHT4';
    expect(continuePaymentFormSchema.parse({ number: 'ATL-000123', token, paymentMethod: 'momo' })).toEqual({
      number: 'ATL-000123',
      token,
      paymentMethod: 'momo',
    });
    const badMethod = continuePaymentFormSchema.safeParse({ number: 'ATL-000123', token, paymentMethod: 'bitcoin' });
    expect(badMethod.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['paymentMethod', 'Vui lòng chọn phương thức thanh toán'],
    ]);
    expect(continuePaymentFormSchema.safeParse({ number: 'ATL-1; drop', token, paymentMethod: 'cod' }).success).toBe(
      false,
    );
    expect(continuePaymentFormSchema.safeParse({ number: 'ATL-000123', paymentMethod: 'cod' }).success).toBe(false);
  });
});
