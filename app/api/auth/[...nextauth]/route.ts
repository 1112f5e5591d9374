import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { handlers } from '@/lib/auth/auth';
import { emailField } from '@/lib/auth/schemas';
import { rateLimitedMessage, signInBlocked } from '@/lib/auth/sign-in';
import { clientIp } from '@/lib/http/client-ip';
import { getRedis } from '@/lib/redis/client';

// GET /api/auth/* – Auth.js endpoints (session, csrf, providers, OAuth callbacks)
export const { GET } = handlers;

// POST /api/auth/* – Auth.js endpoints; a credentials sign-in over the limit is answered 429 first.
export async function POST(req: NextRequest) {
  if (req.nextUrl.pathname.endsWith('/callback/credentials')) {
    const form = await req
      .clone()
      .formData()
      .catch(() => null);
    const email = emailField.safeParse(form?.get('email'));
    const blocked = await signInBlocked(await getRedis(), clientIp(req.headers), email.success ? email.data : null);
    if (!blocked.ok) {
      return NextResponse.json(
        { error: { code: 'rate_limited', message: rateLimitedMessage(blocked.retryAfterSeconds) } },
        { status: 429, headers: { 'retry-after': String(blocked.retryAfterSeconds) } },
      );
    }
  }
  return handlers.POST(req);
}
