import { describe, expect, it } from 'vitest';
import { asciiText, attemptStamp, compactOrderNumber } from './reference';

describe('payment references', () => {
  it('stamps attempts with seconds and the sequence, as a safe integer', () => {
    const now = new Date('2026-03-01T08:00:00Z');
    expect(attemptStamp(7, now)).toBe('1772352000007');
    expect(attemptStamp(12_345, now)).toBe('1772352000345');
    expect(Number.isSafeInteger(Number(attemptStamp(999, new Date('2200-01-01T00:00:00Z'))))).toBe(true);
  });

  it('compacts order numbers and strips diacritics for ASCII-only fields', () => {
    expect(compactOrderNumber('ATL-000123')).toBe('ATL000123');
    expect(asciiText('Thanh toán đơn hàng ATL-000123 – Đà Nẵng')).toBe('Thanh toan don hang ATL 000123 Da Nang');
  });
});
