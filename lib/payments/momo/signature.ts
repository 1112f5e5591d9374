import { hmacHex, signaturesMatch } from '../crypto';

// MoMo v2 signatures: HMAC-SHA256 (secret key), hex, over `key=value` pairs joined by '&' in the exact
// order MoMo documents (alphabetical), raw values. The accessKey is always ours, from config, never taken
// from the message.

export const MOMO_CREATE_FIELDS = [
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
] as const;

/** The IPN and the redirect back carry these, signed in this order. */
export const MOMO_RESULT_FIELDS = [
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
] as const;

type Fields = readonly string[];

export function momoRawSignature(fields: Fields, values: Record<string, unknown>, accessKey: string): string {
  return fields
    .map((field) => {
      const value = field === 'accessKey' ? accessKey : values[field];
      return `${field}=${value === undefined || value === null ? '' : String(value)}`;
    })
    .join('&');
}

export function signMomo(
  fields: Fields,
  values: Record<string, unknown>,
  keys: { accessKey: string; secretKey: string },
): string {
  return hmacHex('sha256', keys.secretKey, momoRawSignature(fields, values, keys.accessKey));
}

export function verifyMomo(
  fields: Fields,
  values: Record<string, unknown>,
  keys: { accessKey: string; secretKey: string },
): boolean {
  return signaturesMatch(signMomo(fields, values, keys), values.signature);
}
