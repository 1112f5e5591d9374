import { createHmac } from 'node:crypto';
import { VNPay } from 'vnpay';
import { describe, expect, it } from 'vitest';
import { vnpayDate } from './dates';
import { signVnpay, verifyVnpay, vnpayHashData } from './signature';

const SECRET = 'VNPAYTESTSECRET0123456789ABCDEF';

describe('VNPay secure hash', () => {
  it('signs the sorted, form-encoded vnp_* parameters with HMAC-SHA512', () => {
    const params = {
      vnp_TxnRef: 'ATL0001231772352000007',
      vnp_Amount: '123000000',
      vnp_OrderInfo: 'Thanh toan don hang ATL 000123',
      vnp_BankCode: '',
      vnp_SecureHashType: 'HmacSHA512',
      other: 'ignored',
    };
    const data = 'vnp_Amount=123000000&vnp_OrderInfo=Thanh+toan+don+hang+ATL+000123&vnp_TxnRef=ATL0001231772352000007';
    expect(vnpayHashData(params)).toBe(data);
    expect(signVnpay(params, SECRET)).toBe(createHmac('sha512', SECRET).update(data).digest('hex'));
  });

  it('verifies what the vnpay package signs, and nothing tampered', () => {
    const vnpay = new VNPay({ tmnCode: 'TESTTMN1', secureSecret: SECRET, vnpayHost: 'https://vnpay.test' });
    const url = new URL(
      vnpay.buildPaymentUrl({
        vnp_Amount: 1_230_000,
        vnp_IpAddr: '127.0.0.1',
        vnp_TxnRef: 'ATL0001231772352000007',
        vnp_OrderInfo: 'Thanh toan don hang ATL 000123',
        vnp_ReturnUrl: 'https://shop.vn/thanh-toan/ket-qua/vnpay/ATL-000123/tok',
        vnp_CreateDate: 20260301150000,
        vnp_ExpireDate: 20260301151500,
      }),
    );
    expect(url.searchParams.get('vnp_Amount')).toBe('123000000'); // the package multiplies by 100
    expect(verifyVnpay(url.searchParams, SECRET)).toBe(true);
    expect(verifyVnpay(url.searchParams, `${SECRET}x`)).toBe(false);
    const tampered = new URLSearchParams(url.searchParams);
    tampered.set('vnp_Amount', '100');
    expect(verifyVnpay(tampered, SECRET)).toBe(false);
    const noHash = new URLSearchParams(url.searchParams);
    noHash.delete('vnp_SecureHash');
    expect(verifyVnpay(noHash, SECRET)).toBe(false);
  });
});

describe('VNPay dates', () => {
  it('formats an instant as yyyyMMddHHmmss in GMT+7, crossing midnight correctly', () => {
    expect(vnpayDate(new Date('2026-03-01T08:00:05Z'))).toBe('20260301150005');
    expect(vnpayDate(new Date('2026-12-31T17:30:00Z'))).toBe('20270101003000');
  });
});
