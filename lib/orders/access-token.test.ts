import { describe, expect, it } from 'vitest';
import { orderAccessToken, verifyOrderAccessToken } from './access-token';

describe('order access tokens', () => {
  const secret = 'test-secret-0123456789abcdef0123456789';
  it('open only their own order, and only under the server secret', () => {
    const token = orderAccessToken('ATL-000123', secret);
    expect(verifyOrderAccessToken('ATL-000123', token, secret)).toBe(true);
    expect(verifyOrderAccessToken('ATL-000124', token, secret)).toBe(false);
    expect(verifyOrderAccessToken('ATL-000123', token, `${secret}x`)).toBe(false);
    expect(verifyOrderAccessToken('ATL-000123', `${token}x`, secret)).toBe(false);
    expect(verifyOrderAccessToken('ATL-000123', '', secret)).toBe(false);
  });
});
