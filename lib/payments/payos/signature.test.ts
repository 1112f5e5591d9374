import { describe, expect, it } from 'vitest';
import { payosDataString, signPayosData, signPayosPaymentRequest, verifyPayosData } from './signature';

// PayOS's published example (payos.vn/docs/tich-hop-webhook/kiem-tra-du-lieu-voi-signature): this checksum
// key, this webhook `data`, and the signature PayOS lists for it.
const PUBLISHED_KEY = '1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675';
const PUBLISHED_DATA = {
  orderCode: 123,
  amount: 3000,
  description: 'VQRIO123',
  accountNumber: '12345678',
  reference: 'TF230204212323',
  transactionDateTime: '2023-02-04 18:25:00',
  currency: 'VND',
  paymentLinkId: '124c33293c43417ab7879e14c8d9eb18',
  code: '00',
  desc: 'Thành công',
  counterAccountBankId: '',
  counterAccountBankName: '',
  counterAccountName: '',
  counterAccountNumber: '',
  virtualAccountName: '',
  virtualAccountNumber: '',
};
const PUBLISHED_SIGNATURE = '412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03';

describe('PayOS signatures', () => {
  it("reproduces PayOS's published webhook example", () => {
    expect(signPayosData(PUBLISHED_DATA, PUBLISHED_KEY)).toBe(PUBLISHED_SIGNATURE);
    expect(verifyPayosData(PUBLISHED_DATA, PUBLISHED_SIGNATURE, PUBLISHED_KEY)).toBe(true);
    expect(verifyPayosData(PUBLISHED_DATA, PUBLISHED_SIGNATURE.toUpperCase(), PUBLISHED_KEY)).toBe(true);
  });

  it('rejects a tampered field, a wrong key, and signatures of another length or type', () => {
    expect(verifyPayosData({ ...PUBLISHED_DATA, amount: 3001 }, PUBLISHED_SIGNATURE, PUBLISHED_KEY)).toBe(false);
    expect(verifyPayosData(PUBLISHED_DATA, PUBLISHED_SIGNATURE, `${PUBLISHED_KEY}0`)).toBe(false);
    expect(verifyPayosData(PUBLISHED_DATA, PUBLISHED_SIGNATURE.slice(2), PUBLISHED_KEY)).toBe(false);
    expect(verifyPayosData(PUBLISHED_DATA, undefined, PUBLISHED_KEY)).toBe(false);
    expect(verifyPayosData(PUBLISHED_DATA, 42, PUBLISHED_KEY)).toBe(false);
  });

  it('sorts keys, keeps raw values and writes null as empty', () => {
    expect(payosDataString({ b: 'x y&z', a: 1, c: null, d: undefined })).toBe('a=1&b=x y&z&c=');
  });

  it('signs a payment request over its five fields in fixed order', () => {
    const fields = {
      amount: 10000,
      cancelUrl: 'https://shop.vn/cancel',
      description: 'ATL000123',
      orderCode: 1700000000001,
      returnUrl: 'https://shop.vn/return',
    };
    expect(signPayosPaymentRequest(fields, 'k')).toBe(
      signPayosData(
        {
          amount: 10000,
          cancelUrl: fields.cancelUrl,
          description: 'ATL000123',
          orderCode: fields.orderCode,
          returnUrl: fields.returnUrl,
        },
        'k',
      ),
    );
  });
});
