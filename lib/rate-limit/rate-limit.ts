import 'server-only';
import type { RedisCommands } from '@/lib/redis/types';

// Fixed-window rate limits on Redis counters, shared by every instance. A limit is a name, a budget
// and a window; the key is whatever identifies the caller (an IP, an e-mail).

export type RateLimit = { name: string; limit: number; windowMs: number };

export const RATE_LIMITS = {
  cartWrite: { name: 'cart-write', limit: 60, windowMs: 60_000 },
  placeOrder: { name: 'place-order', limit: 10, windowMs: 60_000 },
  startPayment: { name: 'start-payment', limit: 10, windowMs: 60_000 },
  orderLookup: { name: 'order-lookup', limit: 10, windowMs: 10 * 60_000 },
  /**
   * Order lookups per phone and per order number, whatever the address: order numbers are sequential, so
   * whoever knows a phone could otherwise walk that person's orders from many addresses.
   */
  orderLookupPhone: { name: 'order-lookup-phone', limit: 5, windowMs: 60 * 60_000 },
  orderLookupNumber: { name: 'order-lookup-number', limit: 5, windowMs: 60 * 60_000 },
  /**
   * Sign-in attempts per client address (a shared office NAT still gets room) and per account from one address:
   * someone guessing a password from elsewhere cannot lock the owner out of their own account.
   */
  signInIp: { name: 'sign-in-ip', limit: 30, windowMs: 15 * 60_000 },
  signInEmailIp: { name: 'sign-in-email-ip', limit: 8, windowMs: 15 * 60_000 },
  /** Sign-ups and reset e-mails per client address: each one sends mail. */
  accountEmail: { name: 'account-email', limit: 10, windowMs: 60 * 60_000 },
} as const satisfies Record<string, RateLimit>;

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function checkRateLimit(redis: RedisCommands, rule: RateLimit, who: string): Promise<RateLimitResult> {
  const { count, ttlMs } = await redis.incrWithTtl(`rl:${rule.name}:${who}`, rule.windowMs);
  if (count <= rule.limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
}

/** Whether the caller is already over the limit, without counting this look as a hit. */
export async function peekRateLimit(redis: RedisCommands, rule: RateLimit, who: string): Promise<RateLimitResult> {
  const key = `rl:${rule.name}:${who}`;
  const [count, ttlMs] = await Promise.all([redis.get(key), redis.pttl(key)]);
  if (Number(count ?? 0) < rule.limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(Math.max(ttlMs, 0) / 1000)) };
}
