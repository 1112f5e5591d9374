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
} as const satisfies Record<string, RateLimit>;

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function checkRateLimit(redis: RedisCommands, rule: RateLimit, who: string): Promise<RateLimitResult> {
  const { count, ttlMs } = await redis.incrWithTtl(`rl:${rule.name}:${who}`, rule.windowMs);
  if (count <= rule.limit) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
}

/** The client's address: the first X-Forwarded-For hop set by our load balancer, else X-Real-IP. */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || headers.get('x-real-ip')?.trim() || 'unknown';
}
