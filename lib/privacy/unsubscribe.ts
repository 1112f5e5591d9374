import 'server-only';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { MarketingChannel } from '@/db/schema';
import { getEnv } from '@/lib/env';

// One-click unsubscribe links for marketing messages. The link names the channel and the address and carries
// an HMAC of both under a server secret: nothing to store, valid for as long as the address is, and
// unguessable for anybody else's address. RFC 8058: the List-Unsubscribe URL accepts a POST with the body
// "List-Unsubscribe=One-Click"; the page at the same parameters asks a person to press one button.

const encode = (address: string) => Buffer.from(address, 'utf8').toString('base64url');

export function unsubscribeToken(channel: MarketingChannel, address: string, secret = getEnv().AUTH_SECRET): string {
  return createHmac('sha256', secret).update(`unsubscribe:${channel}:${address}`).digest('base64url');
}

export function unsubscribeQuery(channel: MarketingChannel, address: string): string {
  return new URLSearchParams({ c: channel, a: encode(address), t: unsubscribeToken(channel, address) }).toString();
}

/** The page a person opens (the link in the message body). */
export const unsubscribePageUrl = (channel: MarketingChannel, address: string) =>
  `${getEnv().SITE_URL}/huy-dang-ky?${unsubscribeQuery(channel, address)}`;

/** The RFC 8058 one-click endpoint (the List-Unsubscribe header). */
export const unsubscribeOneClickUrl = (channel: MarketingChannel, address: string) =>
  `${getEnv().SITE_URL}/api/unsubscribe?${unsubscribeQuery(channel, address)}`;

/** The channel and address of a link, when its token is right. */
export function readUnsubscribeLink(params: {
  c?: string | null;
  a?: string | null;
  t?: string | null;
}): { channel: MarketingChannel; address: string } | null {
  const channel = params.c === 'email' || params.c === 'zalo' ? params.c : null;
  if (!channel || !params.a || !params.t || params.a.length > 400 || params.t.length > 100) return null;
  const address = Buffer.from(params.a, 'base64url').toString('utf8');
  const expected = Buffer.from(unsubscribeToken(channel, address));
  const given = Buffer.from(params.t);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { channel, address };
}
