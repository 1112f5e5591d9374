import { describe, expect, it } from 'vitest';
import { normalizeAddress, parseTrustedProxies, peerAddressHeader, resolveClientIp } from './proxy-trust';

const none = { proxies: null, hops: 0 };
const nginx = { proxies: parseTrustedProxies('127.0.0.1, 10.0.0.0/8, ::1'), hops: 0 };

describe('resolveClientIp', () => {
  it('without trusted proxies the socket peer is the client and X-Forwarded-For is ignored', () => {
    expect(resolveClientIp('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(resolveClientIp('::ffff:203.0.113.9', null, none)).toBe('203.0.113.9');
    expect(resolveClientIp(null, '1.2.3.4', none)).toBe('unknown');
  });

  it('with TRUSTED_PROXIES: the right-most address our proxies did not add', () => {
    // nginx appended the caller's address to what the caller sent.
    expect(resolveClientIp('127.0.0.1', '6.6.6.6, 203.0.113.9', nginx)).toBe('203.0.113.9');
    // Two of our proxies in a row.
    expect(resolveClientIp('10.0.0.2', '6.6.6.6, 198.51.100.4, 10.0.0.1', nginx)).toBe('198.51.100.4');
    // A peer that is not one of ours: its X-Forwarded-For is its own invention.
    expect(resolveClientIp('203.0.113.50', '127.0.0.1, 10.0.0.1', nginx)).toBe('203.0.113.50');
    // Garbage where an address should be: the last address we could trust.
    expect(resolveClientIp('127.0.0.1', 'nonsense', nginx)).toBe('127.0.0.1');
    // Every hop is ours (a health check from the proxy itself).
    expect(resolveClientIp('127.0.0.1', '10.0.0.1', nginx)).toBe('10.0.0.1');
    expect(resolveClientIp('::1', '[2001:db8::7]', nginx)).toBe('2001:db8::7');
  });

  it('with TRUSTED_PROXY_HOPS: as many addresses from the right as we have proxies', () => {
    expect(resolveClientIp('127.0.0.1', '6.6.6.6, 203.0.113.9', { proxies: null, hops: 1 })).toBe('203.0.113.9');
    expect(resolveClientIp('127.0.0.1', '6.6.6.6, 203.0.113.9, 10.1.1.1', { proxies: null, hops: 2 })).toBe(
      '203.0.113.9',
    );
    // Fewer entries than hops: the left-most there is.
    expect(resolveClientIp('127.0.0.1', '', { proxies: null, hops: 3 })).toBe('127.0.0.1');
  });
});

describe('parseTrustedProxies and normalizeAddress', () => {
  it('accepts addresses and CIDRs, refuses anything else', () => {
    const list = parseTrustedProxies('192.168.0.0/16,2001:db8::/32');
    expect(list.check('192.168.4.5', 'ipv4')).toBe(true);
    expect(list.check('192.169.0.1', 'ipv4')).toBe(false);
    expect(list.check('2001:db8::1', 'ipv6')).toBe(true);
    for (const bad of ['10.0.0.0/33', 'example.com', '10.0.0.0/x', '1.2.3']) {
      expect(() => parseTrustedProxies(bad)).toThrow();
    }
  });

  it('normalizes mapped, bracketed and port-suffixed forms', () => {
    expect(normalizeAddress('::FFFF:10.0.0.1')).toBe('10.0.0.1');
    expect(normalizeAddress('203.0.113.9:51234')).toBe('203.0.113.9');
    expect(normalizeAddress('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeAddress('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeAddress('1.2.3.4\u0000')).toBeNull();
  });

  it('the peer header name is random per process and stable within it', () => {
    expect(peerAddressHeader()).toMatch(/^x-atl-peer-[0-9a-f]{16}$/);
    expect(peerAddressHeader()).toBe(peerAddressHeader());
  });
});
