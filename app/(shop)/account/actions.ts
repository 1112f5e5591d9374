'use server';

import { cookies, headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { accountAction, SIGNED_OUT_MESSAGE } from '@/lib/account/action';
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from '@/lib/account/addresses';
import { getAccountOrder } from '@/lib/account/orders';
import {
  CHANGE_PASSWORD_LIMIT,
  changePassword,
  RESEND_VERIFICATION_LIMIT,
  signOutEverywhere,
  updateProfile,
} from '@/lib/account/profile';
import { describeReorder, type ReorderState, reorderToCart } from '@/lib/account/reorder';
import {
  addressFormSchema,
  addressIdSchema,
  addressUpdateSchema,
  changePasswordSchema,
  profileSchema,
  reorderSchema,
} from '@/lib/account/schemas';
import type { ActionResult } from '@/lib/admin/action';
import { REDIS_DOWN_MESSAGE } from '@/lib/api/handler';
import { resendEmailVerification } from '@/lib/auth/account';
import { signOut } from '@/lib/auth/auth';
import { getCurrentUser } from '@/lib/auth/session';
import { detachCartOnSignOut } from '@/lib/auth/sign-in-cart';
import { CART_COOKIE, cartCookieOptions, cartIdFrom, newCartId } from '@/lib/cart/cart-id';
import { getDb } from '@/lib/db/client';
import { logger } from '@/lib/log/logger';
import { kickOutbox } from '@/lib/outbox/scheduler';
import { clientIp } from '@/lib/http/client-ip';
import { checkRateLimit, RATE_LIMITS, type RateLimit } from '@/lib/rate-limit/rate-limit';
import { getRedis } from '@/lib/redis/client';
import { isRedisUnavailable } from '@/lib/redis/errors';

// The account area's actions. Each checks the signed-in user itself (accountAction), parses the form
// with zod, calls one lib/account function on the user's own records and refreshes the account pages.

const refreshAccount = () => revalidatePath('/account', 'layout');

/** null when within budget; otherwise the answer to give. Redis down: the action is refused, not run unlimited. */
async function overLimit(rule: RateLimit, who: string): Promise<ActionResult | null> {
  try {
    const limit = await checkRateLimit(await getRedis(), rule, who);
    if (limit.ok) return null;
    const minutes = Math.ceil(limit.retryAfterSeconds / 60);
    return { ok: false, code: 'conflict', message: `Bạn thao tác quá nhanh, vui lòng thử lại sau ${minutes} phút.` };
  } catch (err) {
    if (!isRedisUnavailable(err)) throw err;
    logger.error({ err }, 'Redis unavailable for an account rate limit');
    return { ok: false, code: 'conflict', message: 'Hệ thống đang bận, vui lòng thử lại sau ít phút.' };
  }
}

export const updateProfileAction = accountAction({ schema: profileSchema }, async (input, user) => {
  await updateProfile(await getDb(), user.id, input);
  refreshAccount();
  return { ok: true, message: 'Đã lưu thông tin cá nhân.' };
});

export const changePasswordAction = accountAction({ schema: changePasswordSchema }, async (input, user) => {
  const limited = await overLimit(CHANGE_PASSWORD_LIMIT, String(user.id));
  if (limited) return limited;
  const result = await changePassword(await getDb(), user.id, input);
  if (!result.ok) {
    return {
      ok: false,
      code: 'invalid',
      message: result.message,
      fieldErrors: result.code === 'wrong_password' ? { currentPassword: result.message } : {},
    };
  }
  // The change ended every session, this browser's too: its cookie goes, and the form moves on to sign-in.
  try {
    await detachCartOnSignOut();
    await signOut({ redirect: false });
  } catch (err) {
    unstable_rethrow(err);
    logger.warn({ err: { message: (err as Error).message }, userId: user.id }, 'sign-out after a password change');
  }
  return {
    ok: true,
    message: 'Đã đổi mật khẩu. Vui lòng đăng nhập lại bằng mật khẩu mới.',
    redirectTo: '/dang-nhap?doi-mat-khau=1',
  };
});

/** "Đăng xuất khỏi mọi thiết bị": every browser and app session of the account ends, this one too. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) await signOutEverywhere(await getDb(), user.id);
  await detachCartOnSignOut();
  await signOut({ redirectTo: '/dang-nhap?da-dang-xuat=1' });
}

export const resendVerificationAction = accountAction({ schema: z.object({}) }, async (_input, user) => {
  if (user.emailVerified) return { ok: true, message: 'Email của bạn đã được xác minh.' };
  const limited =
    (await overLimit(RESEND_VERIFICATION_LIMIT, String(user.id))) ??
    (await overLimit(RATE_LIMITS.accountEmail, clientIp(await headers())));
  if (limited) return limited;
  await resendEmailVerification(await getDb(), user.id);
  kickOutbox();
  return {
    ok: true,
    message: `Đã gửi lại email xác minh tới ${user.email}. Vui lòng kiểm tra hộp thư (cả mục thư rác).`,
  };
});

export const createAddressAction = accountAction({ schema: addressFormSchema }, async (input, user) => {
  const result = await createAddress(await getDb(), user.id, input);
  if (!result.ok) return result;
  refreshAccount();
  return { ok: true, message: 'Đã lưu địa chỉ.', redirectTo: '/account/addresses' };
});

export const updateAddressAction = accountAction({ schema: addressUpdateSchema }, async (input, user) => {
  const result = await updateAddress(await getDb(), user.id, input.id, input);
  if (!result.ok) return result;
  refreshAccount();
  return { ok: true, message: 'Đã cập nhật địa chỉ.', redirectTo: '/account/addresses' };
});

export const deleteAddressAction = accountAction({ schema: addressIdSchema }, async (input, user) => {
  const result = await deleteAddress(await getDb(), user.id, input.id);
  if (!result.ok) return result;
  refreshAccount();
  return { ok: true, message: 'Đã xóa địa chỉ.' };
});

export const setDefaultAddressAction = accountAction({ schema: addressIdSchema }, async (input, user) => {
  const result = await setDefaultAddress(await getDb(), user.id, input.id);
  if (!result.ok) return result;
  refreshAccount();
  return { ok: true, message: 'Đã đặt làm địa chỉ mặc định.' };
});

/** "Mua lại" answers with the message the cart page shows; the button then goes to the cart. */
export async function reorderAction(_prev: ReorderState, form: FormData): Promise<ReorderState> {
  const user = await getCurrentUser();
  if (!user) return { status: 'error', message: SIGNED_OUT_MESSAGE };
  const parsed = reorderSchema.safeParse({ number: form instanceof FormData ? form.get('number') : undefined });
  if (!parsed.success) return { status: 'error', message: 'Mã đơn hàng không hợp lệ.' };
  const db = await getDb();
  const order = await getAccountOrder(db, user, parsed.data.number);
  if (!order) return { status: 'error', message: 'Không tìm thấy đơn hàng.' };
  try {
    const redis = await getRedis();
    const limit = await checkRateLimit(redis, RATE_LIMITS.cartWrite, clientIp(await headers()));
    if (!limit.ok) {
      return {
        status: 'error',
        message: `Bạn thao tác quá nhanh, vui lòng thử lại sau ${limit.retryAfterSeconds} giây.`,
      };
    }
    const jar = await cookies();
    let cartId = cartIdFrom(jar.get(CART_COOKIE)?.value, null);
    if (!cartId) {
      cartId = newCartId();
      jar.set(CART_COOKIE, cartId, cartCookieOptions());
    }
    const outcome = await reorderToCart(
      db,
      redis,
      cartId,
      order.items.map((i) => ({ variantId: i.variantId, quantity: i.quantity, name: i.name })),
    );
    const { tone, text } = describeReorder(order.number, outcome);
    // Nothing added: the shopper stays on the order with the reason. Otherwise on to the cart, where a
    // partial success says what is missing.
    if (outcome.addedUnits === 0) return { status: 'error', message: text };
    return { status: 'done', tone, message: text };
  } catch (err) {
    if (isRedisUnavailable(err)) {
      logger.error({ err }, 'Redis unavailable for mua lại');
      return { status: 'error', message: REDIS_DOWN_MESSAGE };
    }
    throw err;
  }
}

/**
 * Sign-out from inside the shop, where the layout (and its cart, and the router's cache of account pages)
 * would outlive a redirect: the button reloads the page itself once this returns.
 */
export async function signOutFromShopAction(): Promise<void> {
  await detachCartOnSignOut();
  await signOut({ redirect: false });
}
