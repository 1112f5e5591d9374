import { describe, expect, it } from 'vitest';
import { discountPercent, formatVnd } from './money';

describe('money', () => {
  it('formats integer VND the Vietnamese way', () => {
    expect(formatVnd(8_490_000).replace(/\s/g, ' ')).toBe('8.490.000 ₫');
  });
  it('rounds discounts down', () => {
    expect(discountPercent(6_990_000, 9_990_000)).toBe(30);
    expect(discountPercent(100, null)).toBeNull();
    expect(discountPercent(100, 90)).toBeNull();
  });
});
