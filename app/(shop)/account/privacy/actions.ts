'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { OneButtonState } from '@/components/privacy/one-button-form';
import { accountAction } from '@/lib/account/action';
import { getCurrentUser } from '@/lib/auth/session';
import { getUserById } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';
import { kickOutbox } from '@/lib/outbox/scheduler';
import { setMarketing } from '@/lib/privacy/consent';
import { cancelErasure, requestErasure } from '@/lib/privacy/erasure';
import { getMarketingChoices } from '@/lib/privacy/requests';
import { clientIp } from '@/lib/http/client-ip';

// /account/privacy: marketing choices per channel, and the account's erasure request. Each action re-reads
// who is asking; a signed-out caller gets a message, never a write.

const SIGNED_OUT: OneButtonState = { status: 'error', message: 'Phiên đăng nhập đã hết, vui lòng đăng nhập lại.' };
const refresh = () => revalidatePath('/account/privacy');

const tick = z
  .union([z.literal('on'), z.literal('')])
  .optional()
  .transform((v) => v === 'on');

export const saveMarketingAction = accountAction(
  { schema: z.object({ marketingEmail: tick, marketingZalo: tick }) },
  async (input, sessionUser) => {
    const db = await getDb();
    const user = await getUserById(db, sessionUser.id);
    if (!user) return { ok: false, code: 'not_found', message: 'Không tìm thấy tài khoản.' };
    if (input.marketingZalo && !user.phone) {
      return {
        ok: false,
        code: 'invalid',
        message: 'Vui lòng thêm số điện thoại trong Thông tin cá nhân để nhận tin qua Zalo.',
        fieldErrors: { marketingZalo: 'Cần số điện thoại để nhận tin qua Zalo.' },
      };
    }
    const before = await getMarketingChoices(db, user);
    const ip = clientIp(await headers());
    const ctx = { userId: user.id, email: user.email, source: 'account' as const, ip };
    if (before.email !== input.marketingEmail)
      await setMarketing(db, { ...ctx, channel: 'email', address: user.email, subscribed: input.marketingEmail });
    if (user.phone && before.zalo !== input.marketingZalo)
      await setMarketing(db, { ...ctx, channel: 'zalo', address: user.phone, subscribed: input.marketingZalo });
    refresh();
    return { ok: true, message: 'Đã lưu lựa chọn nhận tin.' };
  },
);

export async function requestAccountErasureAction(_prev: OneButtonState, form: FormData): Promise<OneButtonState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  if (form.get('confirm') !== 'on') {
    return { status: 'error', message: 'Vui lòng đánh dấu ô xác nhận trước khi gửi yêu cầu.' };
  }
  const result = await requestErasure(await getDb(), { userId: user.id }, clientIp(await headers()));
  if (!result.ok) return { status: 'error', message: result.message };
  kickOutbox();
  refresh();
  return {
    status: 'done',
    message: `Chúng tôi đã gửi liên kết xác nhận đến ${user.email}. Yêu cầu chỉ có hiệu lực sau khi bạn xác nhận.`,
  };
}

export async function cancelAccountErasureAction(_prev: OneButtonState, _form: FormData): Promise<OneButtonState> {
  const user = await getCurrentUser();
  if (!user) return SIGNED_OUT;
  const cancelled = await cancelErasure(await getDb(), { userId: user.id });
  refresh();
  return cancelled
    ? { status: 'done', message: 'Đã hủy yêu cầu xóa tài khoản. Tài khoản của bạn vẫn hoạt động bình thường.' }
    : { status: 'error', message: 'Không có yêu cầu nào đang chờ.' };
}
