'use server';

import type { OneButtonState } from '@/components/privacy/one-button-form';
import { getDb } from '@/lib/db/client';
import { confirmErasure } from '@/lib/privacy/erasure';

export async function confirmErasureAction(_prev: OneButtonState, form: FormData): Promise<OneButtonState> {
  const token = form.get('token');
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) {
    return { status: 'error', message: 'Liên kết xác nhận không hợp lệ hoặc đã hết hạn. Vui lòng gửi lại yêu cầu.' };
  }
  const result = await confirmErasure(await getDb(), token);
  if (!result.ok) return { status: 'error', message: result.message };
  const day = new Date(result.scheduledFor).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
  return {
    status: 'done',
    message: `Đã xác nhận. Dữ liệu cá nhân của bạn sẽ được xóa vào ngày ${day}. Trước ngày đó bạn vẫn có thể hủy yêu cầu trong mục Tài khoản › Dữ liệu cá nhân hoặc trên trang đơn hàng.`,
  };
}
