import { hmacHex, signaturesMatch } from '../crypto';

// PayOS signatures (HMAC-SHA256, hex, with the checksum key), as published at
// payos.vn/docs/tich-hop-webhook/kiem-tra-du-lieu-voi-signature and implemented by @payos/node v2
// (lib/utils/convert-obj-to-query-str.js): keys sorted, `key=value` joined by `&`, raw values (no URL
// encoding), null/undefined (and the strings "null"/"undefined") as empty, arrays as JSON of key-sorted
// objects. Only the webhook's `data` is signed; its top-level code/desc/success are not.

function sortKeys(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, value[k]]),
  );
}

export function payosDataString(data: Record<string, unknown>): string {
  return Object.keys(data)
    .sort()
    .filter((key) => data[key] !== undefined)
    .map((key) => {
      let value = data[key];
      if (Array.isArray(value)) {
        value = JSON.stringify(
          value.map((v) => (v && typeof v === 'object' ? sortKeys(v as Record<string, unknown>) : v)),
        );
      }
      if (value === null || value === 'null' || value === 'undefined') value = '';
      return `${key}=${String(value)}`;
    })
    .join('&');
}

export function signPayosData(data: Record<string, unknown>, checksumKey: string): string {
  return hmacHex('sha256', checksumKey, payosDataString(data));
}

export function verifyPayosData(data: Record<string, unknown>, signature: unknown, checksumKey: string): boolean {
  return signaturesMatch(signPayosData(data, checksumKey), signature);
}

/** The payment request's signature: five fields in this fixed order (the SDK adds it on create). */
export function signPayosPaymentRequest(
  fields: { amount: number; cancelUrl: string; description: string; orderCode: number; returnUrl: string },
  checksumKey: string,
): string {
  const raw = `amount=${fields.amount}&cancelUrl=${fields.cancelUrl}&description=${fields.description}&orderCode=${fields.orderCode}&returnUrl=${fields.returnUrl}`;
  return hmacHex('sha256', checksumKey, raw);
}
