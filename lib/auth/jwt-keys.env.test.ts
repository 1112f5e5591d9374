import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env';

// AUTH_JWT_KEYS: kid:secret pairs, the signing key first; a malformed list stops start-up with its name.

describe('AUTH_JWT_KEYS', () => {
  const secret = 'x'.repeat(32);

  it('keeps the keys in the order given, the first one signing', () => {
    expect(parseEnv({ AUTH_JWT_KEYS: ` new:${secret}y , old:${secret}z ` }).AUTH_JWT_KEYS).toEqual([
      { kid: 'new', secret: `${secret}y` },
      { kid: 'old', secret: `${secret}z` },
    ]);
    expect(parseEnv({}).AUTH_JWT_KEYS).toBeUndefined();
  });

  it('refuses short secrets, missing or repeated key ids and empty lists', () => {
    for (const value of ['k1:short', `:${secret}`, `k1:${secret},k1:${secret}`, ',', `bad id:${secret}`]) {
      expect(() => parseEnv({ AUTH_JWT_KEYS: value }), value).toThrow(/AUTH_JWT_KEYS/);
    }
  });

  it('splits the Google mobile client ids', () => {
    expect(parseEnv({ AUTH_GOOGLE_MOBILE_CLIENT_IDS: 'a.apps, b.apps' }).AUTH_GOOGLE_MOBILE_CLIENT_IDS).toEqual([
      'a.apps',
      'b.apps',
    ]);
  });
});
