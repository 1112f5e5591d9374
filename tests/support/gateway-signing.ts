import { createHmac } from 'node:crypto';

// Signatures computed the way each gateway documents them, written out here independently of
// lib/payments, so that the tests check our code against the published algorithms rather than itself.

/** PayOS: data keys sorted, `k=v` joined by '&', raw values, null as empty; HMAC-SHA256 hex. */
export function payosSign(data: Record<string, unknown>, checksumKey: string): string {
  const text = Object.keys(data)
    .sort()
    .map((k) => `${k}=${data[k] === null || data[k] === undefined ? '' : String(data[k])}`)
    .join('&');
  return createHmac('sha256', checksumKey).update(text).digest('hex');
}

/** PayOS create request: amount, cancelUrl, description, orderCode, returnUrl in this order. */
export function payosSignCreate(b: Record<string, unknown>, checksumKey: string): string {
  const text = `amount=${b.amount}&cancelUrl=${b.cancelUrl}&description=${b.description}&orderCode=${b.orderCode}&returnUrl=${b.returnUrl}`;
  return createHmac('sha256', checksumKey).update(text).digest('hex');
}

/** VNPay 2.1.0: vnp_* except the hash fields, non-empty, sorted, form-encoded; HMAC-SHA512 hex. */
export function vnpaySign(params: Record<string, string>, hashSecret: string): string {
  const sorted = Object.keys(params)
    .filter((k) => k.startsWith('vnp_') && k !== 'vnp_SecureHash' && k !== 'vnp_SecureHashType' && params[k] !== '')
    .sort();
  const text = sorted
    .map((k) => `${encodeURIComponent(k)}=${encodeURIComponent(params[k] ?? '').replace(/%20/g, '+')}`)
    .join('&');
  return createHmac('sha512', hashSecret).update(text).digest('hex');
}

export const MOMO_IPN_ORDER = [
  'accessKey',
  'amount',
  'extraData',
  'message',
  'orderId',
  'orderInfo',
  'orderType',
  'partnerCode',
  'payType',
  'requestId',
  'responseTime',
  'resultCode',
  'transId',
];
export const MOMO_CREATE_ORDER = [
  'accessKey',
  'amount',
  'extraData',
  'ipnUrl',
  'orderId',
  'orderInfo',
  'partnerCode',
  'redirectUrl',
  'requestId',
  'requestType',
];

/** MoMo v2: the documented field order, accessKey from our config; HMAC-SHA256 hex of the UTF-8 string. */
export function momoSign(
  order: string[],
  values: Record<string, unknown>,
  keys: { accessKey: string; secretKey: string },
): string {
  const text = order.map((k) => `${k}=${k === 'accessKey' ? keys.accessKey : String(values[k] ?? '')}`).join('&');
  return createHmac('sha256', keys.secretKey).update(text, 'utf8').digest('hex');
}
