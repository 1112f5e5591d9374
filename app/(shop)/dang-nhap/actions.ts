'use server';

import { headers } from 'next/headers';
import { redirect, unstable_rethrow } from 'next/navigation';
import { AuthError, CredentialsSignin } from 'next-auth';
import { zodFields } from '@/lib/api/errors';
import { REDIS_DOWN_MESSAGE } from '@/lib/api/handler';
import { requestPasswordReset, resetPassword, signUp } from '@/lib/auth/account';
import { signIn, signOut } from '@/lib/auth/auth';
import {
  callbackPath,
  forgotPasswordSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
} from '@/lib/auth/schemas';
import { rateLimitedMessage, SIGN_IN_FAILED_MESSAGE } from '@/lib/auth/sign-in';
import { detachCartOnSignOut } from '@/lib/auth/sign-in-cart';
import { getDb } from '@/lib/db/client';
import { kickOutbox } from '@/lib/outbox/scheduler';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { checkPolicyVersions, recordPolicyConsent } from '@/lib/privacy/consent';
import { consentFromForm, POLICY_CONSENT_REQUIRED, policyConsentSchema } from '@/lib/privacy/consent-schema';
import { getRedis } from '@/lib/redis/client';
import { isRedisUnavailable } from '@/lib/redis/errors';

// The account forms' actions: zod first, then one lib/auth function, then a redirect or the messages.
// Passwords are never sent back into the form.

export type AuthFormState =
  | { status: 'idle' }
  | { status: 'done'; message: string }
  | { status: 'error'; message: string; fieldErrors: Record<string, string>; values: Record<string, string> };

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : '';
};

function fail(message: string, form: FormData, fieldErrors: Record<string, string> = {}): AuthFormState {
  const consent = Object.fromEntries(
    ['consent.accepted', 'consent.marketingEmail'].map((name) => [name, text(form, name)]),
  );
  return {
    status: 'error',
    message,
    fieldErrors,
    values: { email: text(form, 'email'), name: text(form, 'name'), ...consent },
  };
}

async function mailBudget(): Promise<string | null> {
  const limit = await checkRateLimit(await getRedis(), RATE_LIMITS.accountEmail, clientIp(await headers()));
  return limit.ok
    ? null
    : `Bạn thao tác quá nhanh, vui lòng thử lại sau ${Math.ceil(limit.retryAfterSeconds / 60)} phút.`;
}

export async function signInAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = signInSchema.safeParse({ email: text(form, 'email'), password: text(form, 'password') });
  if (!parsed.success) return fail('Vui lòng kiểm tra lại các thông tin được đánh dấu.', form, zodFields(parsed.error));
  const to = callbackPath.parse(text(form, 'callbackUrl') || '/account');
  try {
    await signIn('credentials', { ...parsed.data, redirectTo: to });
  } catch (err) {
    unstable_rethrow(err);
    if (err instanceof CredentialsSignin && err.code === 'rate_limited') return fail(rateLimitedMessage(15 * 60), form);
    if (err instanceof AuthError) {
      const cause = (err as AuthError & { cause?: { err?: unknown } }).cause?.err;
      if (isRedisUnavailable(cause)) return fail(REDIS_DOWN_MESSAGE, form);
      return fail(SIGN_IN_FAILED_MESSAGE, form);
    }
    if (isRedisUnavailable(err)) return fail(REDIS_DOWN_MESSAGE, form);
    throw err;
  }
  return { status: 'idle' };
}

export async function signUpAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = signUpSchema.safeParse({
    name: text(form, 'name'),
    email: text(form, 'email'),
    password: text(form, 'password'),
    confirmPassword: text(form, 'confirmPassword'),
  });
  const consent = policyConsentSchema.safeParse(consentFromForm(form));
  if (!parsed.success || !consent.success) {
    return fail('Vui lòng kiểm tra lại các thông tin được đánh dấu.', form, {
      ...(parsed.success ? {} : zodFields(parsed.error)),
      ...(consent.success ? {} : { 'consent.accepted': POLICY_CONSENT_REQUIRED }),
    });
  }
  const db = await getDb();
  const stale = await checkPolicyVersions(db, consent.data);
  if (stale) return fail(stale, form);
  try {
    const limited = await mailBudget();
    if (limited) return fail(limited, form);
  } catch (err) {
    if (isRedisUnavailable(err)) return fail(REDIS_DOWN_MESSAGE, form);
    throw err;
  }
  // One answer whether or not the e-mail already had an account (its owner gets an e-mail instead), so no sign-in
  // here: signing a new account in at once would tell the two apart. Consent is recorded for a new account only.
  const result = await signUp(db, parsed.data);
  if (result.created) {
    await recordPolicyConsent(
      db,
      { userId: result.user.id, email: result.user.email, source: 'signup', ip: clientIp(await headers()) },
      consent.data,
    );
  }
  kickOutbox();
  return { status: 'done', message: SIGN_UP_DONE };
}

const SIGN_UP_DONE =
  'Chúng tôi đã gửi email tới địa chỉ bạn nhập. Hãy mở liên kết trong thư để xác minh email, rồi đăng nhập. Nếu email này đã có tài khoản, thư sẽ hướng dẫn bạn đăng nhập hoặc đặt lại mật khẩu.';

const FORGOT_DONE =
  'Nếu email này có tài khoản, chúng tôi đã gửi liên kết đặt lại mật khẩu. Vui lòng kiểm tra hộp thư (cả mục thư rác).';

export async function forgotPasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = forgotPasswordSchema.safeParse({ email: text(form, 'email') });
  if (!parsed.success) return fail('Vui lòng kiểm tra lại email.', form, zodFields(parsed.error));
  try {
    const limited = await mailBudget();
    if (limited) return fail(limited, form);
  } catch (err) {
    if (isRedisUnavailable(err)) return fail(REDIS_DOWN_MESSAGE, form);
    throw err;
  }
  await requestPasswordReset(await getDb(), parsed.data.email);
  kickOutbox();
  return { status: 'done', message: FORGOT_DONE };
}

export async function resetPasswordAction(_prev: AuthFormState, form: FormData): Promise<AuthFormState> {
  const parsed = resetPasswordSchema.safeParse({
    token: text(form, 'token'),
    password: text(form, 'password'),
    confirmPassword: text(form, 'confirmPassword'),
  });
  if (!parsed.success) {
    const fields = zodFields(parsed.error);
    if (fields.token) return fail('Liên kết đặt lại mật khẩu không hợp lệ.', form);
    return fail('Vui lòng kiểm tra lại các thông tin được đánh dấu.', form, fields);
  }
  const ok = await resetPassword(await getDb(), parsed.data.token, parsed.data.password);
  if (!ok) return fail('Liên kết đặt lại mật khẩu đã hết hạn hoặc đã được dùng. Vui lòng yêu cầu liên kết mới.', form);
  redirect('/dang-nhap?dat-lai=1');
}

export async function signOutAction(): Promise<void> {
  await detachCartOnSignOut();
  await signOut({ redirectTo: '/' });
}
