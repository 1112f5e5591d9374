import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MOMO_CREATE_FIELDS, MOMO_RESULT_FIELDS, momoRawSignature, signMomo, verifyMomo } from './signature';

// MoMo's public sandbox keys (github.com/momo-wallet/payment, nodejs/MoMo.js): for tests only.
const KEYS = { accessKey: 'F8BBA842ECF85', secretKey: 'K951B6PE1waDMi640xX08PD3vg6EkVlz' };

const ipn = {
  partnerCode: 'MOMO',
  orderId: 'ATL-000123-1772352000007',
  requestId: '5f8e2d3c-0000-4000-8000-000000000001',
  amount: 1_230_000,
  orderInfo: 'Thanh toan don hang ATL 000123',
  orderType: 'momo_wallet',
  transId: 4088878653,
  resultCode: 0,
  message: 'Thành công.',
  payType: 'qr',
  responseTime: 1772352060000,
  extraData: '',
};

describe('MoMo signatures', () => {
  it('signs the IPN fields in the documented order, with our accessKey', () => {
    const raw = momoRawSignature(MOMO_RESULT_FIELDS, { ...ipn, accessKey: 'not-ours' }, KEYS.accessKey);
    expect(raw).toBe(
      'accessKey=F8BBA842ECF85&amount=1230000&extraData=&message=Thành công.&orderId=ATL-000123-1772352000007' +
        '&orderInfo=Thanh toan don hang ATL 000123&orderType=momo_wallet&partnerCode=MOMO&payType=qr' +
        '&requestId=5f8e2d3c-0000-4000-8000-000000000001&responseTime=1772352060000&resultCode=0&transId=4088878653',
    );
    const signature = createHmac('sha256', KEYS.secretKey).update(raw, 'utf8').digest('hex');
    expect(signMomo(MOMO_RESULT_FIELDS, ipn, KEYS)).toBe(signature);
    expect(verifyMomo(MOMO_RESULT_FIELDS, { ...ipn, signature }, KEYS)).toBe(true);
  });

  it('rejects a tampered amount, a wrong secret and a missing signature', () => {
    const signature = signMomo(MOMO_RESULT_FIELDS, ipn, KEYS);
    expect(verifyMomo(MOMO_RESULT_FIELDS, { ...ipn, amount: 1000, signature }, KEYS)).toBe(false);
    expect(verifyMomo(MOMO_RESULT_FIELDS, { ...ipn, signature }, { ...KEYS, secretKey: 'other' })).toBe(false);
    expect(verifyMomo(MOMO_RESULT_FIELDS, ipn, KEYS)).toBe(false);
  });

  it('signs a create request over its ten fields', () => {
    const body = {
      amount: 50_000,
      extraData: '',
      ipnUrl: 'https://shop.vn/api/webhooks/momo',
      orderId: 'ATL-000124-1772352000008',
      orderInfo: 'Thanh toan don hang ATL 000124',
      partnerCode: 'MOMO',
      redirectUrl: 'https://shop.vn/thanh-toan/ket-qua/momo/ATL-000124/tok',
      requestId: 'req-1',
      requestType: 'captureWallet',
    };
    expect(momoRawSignature(MOMO_CREATE_FIELDS, body, KEYS.accessKey)).toBe(
      'accessKey=F8BBA842ECF85&amount=50000&extraData=&ipnUrl=https://shop.vn/api/webhooks/momo' +
        '&orderId=ATL-000124-1772352000008&orderInfo=Thanh toan don hang ATL 000124&partnerCode=MOMO' +
        '&redirectUrl=https://shop.vn/thanh-toan/ket-qua/momo/ATL-000124/tok&requestId=req-1&requestType=captureWallet',
    );
  });
});
