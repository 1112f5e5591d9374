import 'server-only';
import { getEnv } from '@/lib/env';
import { type ProxyTrust, parseTrustedProxies, peerAddressHeader, resolveClientIp } from './proxy-trust';

// The one place that answers "who is calling": rate limits, audit rows, logs and the gateways' client IP field.

let trust: ProxyTrust | undefined;

function proxyTrust(): ProxyTrust {
  if (!trust) {
    const env = getEnv();
    trust = {
      proxies: env.TRUSTED_PROXIES ? parseTrustedProxies(env.TRUSTED_PROXIES) : null,
      hops: env.TRUSTED_PROXY_HOPS,
    };
  }
  return trust;
}

/** The client's address for these request headers (route handler `req.headers`, or `await headers()` in an action). */
export function clientIp(headers: Headers): string {
  return resolveClientIp(headers.get(peerAddressHeader()), headers.get('x-forwarded-for'), proxyTrust());
}
