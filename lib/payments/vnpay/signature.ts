import { hmacHex, signaturesMatch } from '../crypto';

// VNPay 2.1.0 secure hash: HMAC-SHA512 with the hash secret over every non-empty vnp_* parameter except
// vnp_SecureHash and vnp_SecureHashType, sorted by key, form-encoded as URLSearchParams does (spaces as
// '+') and joined by '&'. The vnpay package hashes every parameter it is given, vnp_* or not; we keep to
// vnp_*, as VNPay's own samples do, so that a stray parameter on our IPN or return URL cannot break it.

type Params = URLSearchParams | Record<string, string>;

const EXCLUDED = new Set(['vnp_SecureHash', 'vnp_SecureHashType']);

function entries(params: Params): [string, string][] {
  return params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
}

export function vnpayHashData(params: Params): string {
  const signed = entries(params)
    .filter(([key, value]) => key.startsWith('vnp_') && !EXCLUDED.has(key) && value !== '')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(signed).toString();
}

export function signVnpay(params: Params, hashSecret: string): string {
  return hmacHex('sha512', hashSecret, vnpayHashData(params));
}

export function verifyVnpay(params: URLSearchParams, hashSecret: string): boolean {
  return signaturesMatch(signVnpay(params, hashSecret), params.get('vnp_SecureHash'));
}
