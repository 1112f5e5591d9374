import { describe, expect, it } from 'vitest';
import { erasedAccountEmail, maskEmail, maskName, maskPhone } from './mask';

describe('masks', () => {
  it('keeps only initials of a name', () => {
    expect(maskName('Nguyễn Văn  an')).toBe('N. V. A. (đã ẩn danh)');
    expect(maskName('')).toBe('Khách hàng đã xóa dữ liệu');
  });

  it('keeps the last two digits of a phone', () => {
    expect(maskPhone('0912345678')).toBe('********78');
    expect(maskPhone('+84 912 345 678')).toBe('*********78');
  });

  it('keeps the first letter and the domain of an e-mail', () => {
    expect(maskEmail('an.nguyen@example.vn')).toBe('a***@example.vn');
    expect(maskEmail('khong-hop-le')).toBe('***');
  });

  it('gives an erased account an undeliverable, lower-case, unique address', () => {
    expect(erasedAccountEmail(42)).toBe('erased-42@erased.invalid');
    expect(erasedAccountEmail(42)).not.toBe(erasedAccountEmail(43));
  });
});
