import { randomBytes } from 'node:crypto';
import { BlockList, isIP } from 'node:net';

// The client's address, from configured trust only (pure: lib/http/client-ip.ts applies the configuration). X-Forwarded-For is written by whoever sends the request, so
// only the entries our own proxies appended mean anything: walk the chain (X-Forwarded-For, then the socket's
// peer) from the right, skip the addresses of trusted proxies (TRUSTED_PROXIES) or a fixed number of hops
// (TRUSTED_PROXY_HOPS), and the first address left is the client. With neither set, the socket's peer is the
// client and X-Forwarded-For is ignored. Rate limits, audit rows and logs all read it here.

/**
 * The socket's peer reaches route handlers and server actions as a request header set by the HTTP server hook
 * (lib/http/front-door-hook.ts). Its name is random per process so that a caller cannot send it: the hook
 * overwrites it on every request, and where the hook is not installed, no caller can guess it. It lives on
 * globalThis because instrumentation and the app's routes are separate bundles of the same process.
 */
const PEER_HEADER_KEY = Symbol.for('audio-tai-loc.peer-address-header');

export function peerAddressHeader(): string {
  const store = globalThis as { [PEER_HEADER_KEY]?: string };
  store[PEER_HEADER_KEY] ??= `x-atl-peer-${randomBytes(8).toString('hex')}`;
  return store[PEER_HEADER_KEY];
}

export type ProxyTrust = { proxies: BlockList | null; hops: number };

/** `::ffff:203.0.113.9` (an IPv4 client on a dual-stack socket) is 203.0.113.9; brackets and zone ids go. */
export function normalizeAddress(raw: string): string | null {
  let value = raw.trim();
  if (value.startsWith('[') && value.includes(']')) value = value.slice(1, value.indexOf(']'));
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  const zone = value.indexOf('%');
  if (zone > 0) value = value.slice(0, zone);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(value);
  if (mapped?.[1]) value = mapped[1];
  return isIP(value) ? value.toLowerCase() : null;
}

/** Parses `10.0.0.0/8, 192.168.1.10, ::1/128`; throws on anything that is not an address or a CIDR. */
export function parseTrustedProxies(list: string): BlockList {
  const blocks = new BlockList();
  for (const entry of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address = '', prefixText] = entry.split('/');
    const normalized = normalizeAddress(address);
    if (!normalized) throw new Error(`not an IP address or CIDR: ${entry}`);
    const family = isIP(normalized) === 4 ? 'ipv4' : 'ipv6';
    const max = family === 'ipv4' ? 32 : 128;
    const prefix = prefixText === undefined ? max : Number(prefixText);
    if (!/^\d+$/.test(prefixText ?? String(max)) || prefix > max) throw new Error(`bad prefix length: ${entry}`);
    blocks.addSubnet(normalized, prefix, family);
  }
  return blocks;
}

function trusted(proxies: BlockList, address: string): boolean {
  return proxies.check(address, isIP(address) === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client address for a request: `peer` is the socket's address, `forwardedFor` the X-Forwarded-For header
 * as received. 'unknown' when there is no peer (a request that did not come over our HTTP server).
 */
export function resolveClientIp(peer: string | null, forwardedFor: string | null, trust: ProxyTrust): string {
  const peerAddress = peer ? normalizeAddress(peer) : null;
  if (!peerAddress) return 'unknown';
  if (!trust.proxies && trust.hops === 0) return peerAddress;
  // Left to right as the proxies appended them; the socket's peer is the last hop.
  const chain = [...(forwardedFor ?? '').split(',').map((s) => s.trim()), peerAddress].filter(Boolean);
  let client = peerAddress;
  for (let i = chain.length - 1, hop = 0; i >= 0; i--, hop++) {
    const address = normalizeAddress(chain[i] ?? '');
    // Garbage where a proxy should have written an address: keep the last address we could trust.
    if (!address) return client;
    client = address;
    const isOurs = trust.proxies ? trusted(trust.proxies, address) : hop < trust.hops;
    if (!isOurs) return address;
  }
  return client;
}
