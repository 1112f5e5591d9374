import 'server-only';
import type { Db } from '@/lib/db/types';
import { checkRateLimit, peekRateLimit, RATE_LIMITS, type RateLimitResult } from '@/lib/rate-limit/rate-limit';
import type { RedisCommands } from '@/lib/redis/types';
import { verifyDecoy, verifyPassword } from './password';
import type { SignInInput } from './schemas';
import { getUserByEmail, recordSignIn, type SessionUser, toSessionUser } from './users';

// Checking a password, behind rate limits per client address and per (account, address) – both count every
// attempt. There is no limit per account alone: that one would let anyone lock an owner out by failing on purpose. Unknown e-mail, wrong password and disabled account give the same answer, after the same
// amount of work.

export const SIGN_IN_FAILED_MESSAGE = 'Email hoặc mật khẩu không đúng.';
export const rateLimitedMessage = (seconds: number) =>
  `Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ${Math.ceil(seconds / 60)} phút.`;

export type AuthenticateResult =
  | { ok: true; user: SessionUser }
  | { ok: false; code: 'invalid' }
  | { ok: false; code: 'rate_limited'; retryAfterSeconds: number };

async function countAttempt(redis: RedisCommands, ip: string, email: string): Promise<RateLimitResult> {
  const [byIp, byEmail] = await Promise.all([
    checkRateLimit(redis, RATE_LIMITS.signInIp, ip),
    checkRateLimit(redis, RATE_LIMITS.signInEmailIp, `${email}|${ip}`),
  ]);
  if (!byIp.ok || !byEmail.ok) {
    const wait = Math.max(byIp.ok ? 0 : byIp.retryAfterSeconds, byEmail.ok ? 0 : byEmail.retryAfterSeconds);
    return { ok: false, retryAfterSeconds: wait };
  }
  return { ok: true };
}

/** Already over a limit? (Answered as HTTP 429 before the sign-in is attempted.) */
export async function signInBlocked(redis: RedisCommands, ip: string, email: string | null): Promise<RateLimitResult> {
  const checks = [peekRateLimit(redis, RATE_LIMITS.signInIp, ip)];
  if (email) checks.push(peekRateLimit(redis, RATE_LIMITS.signInEmailIp, `${email}|${ip}`));
  const results = await Promise.all(checks);
  const blocked = results.filter((r) => !r.ok);
  if (blocked.length === 0) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(...blocked.map((r) => (r.ok ? 0 : r.retryAfterSeconds))) };
}

export async function authenticate(
  db: Db,
  redis: RedisCommands,
  input: SignInInput,
  ip: string,
): Promise<AuthenticateResult> {
  const limit = await countAttempt(redis, ip, input.email);
  if (!limit.ok) return { ok: false, code: 'rate_limited', retryAfterSeconds: limit.retryAfterSeconds };
  const user = await getUserByEmail(db, input.email);
  if (!user?.passwordHash || user.disabledAt) {
    await verifyDecoy(input.password);
    return { ok: false, code: 'invalid' };
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) return { ok: false, code: 'invalid' };
  await recordSignIn(db, user.id);
  return { ok: true, user: toSessionUser(user) };
}
