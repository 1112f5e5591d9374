import { createHmac, timingSafeEqual } from 'node:crypto';

// HMAC helpers shared by the gateway modules. Pure: no keys are read here, callers pass them in.

export function hmacHex(algorithm: 'sha256' | 'sha512', key: string, data: string): string {
  return createHmac(algorithm, key).update(Buffer.from(data, 'utf8')).digest('hex');
}

/**
 * Compares a signature we computed with one we were given, in constant time. Hex is compared without
 * regard to case (gateways differ); buffers of different length are unequal without being compared,
 * because timingSafeEqual requires equal lengths and the length of a hex digest is no secret.
 */
export function signaturesMatch(expectedHex: string, givenHex: unknown): boolean {
  if (typeof givenHex !== 'string' || givenHex.length === 0) return false;
  const expected = Buffer.from(expectedHex.toLowerCase(), 'utf8');
  const given = Buffer.from(givenHex.toLowerCase(), 'utf8');
  if (expected.length !== given.length) return false;
  return timingSafeEqual(expected, given);
}
