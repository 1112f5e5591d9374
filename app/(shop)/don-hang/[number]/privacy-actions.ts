'use server';

import { headers } from 'next/headers';
import type { OneButtonState } from '@/components/privacy/one-button-form';
import { getDb } from '@/lib/db/client';
import { verifyOrderAccessToken } from '@/lib/orders/access-token';
import { getOrderIdByNumber } from '@/lib/orders/queries';
import { kickOutbox } from '@/lib/outbox/scheduler';
import { cancelErasure, requestErasure } from '@/lib/privacy/erasure';
import { clientIp } from '@/lib/http/client-ip';

// A guest's personal-data requests, from the order's secret link: the token is the proof, as for viewing.

const NOT_FOUND: OneButtonState = { status: 'error', message: 'Không tìm thấy đơn hàng.' };

async function orderFromForm(form: FormData): Promise<number | null> {
  const number = form.get('number');
  const token = form.get('token');
  if (typeof number !== 'string' || typeof token !== 'string' || number.length > 40 || token.length > 100) return null;
  if (!verifyOrderAccessToken(number, token)) return null;
  return getOrderIdByNumber(await getDb(), number);
}

export async function requestOrderErasureAction(_prev: OneButtonState, form: FormData): Promise<OneButtonState> {
  const orderId = await orderFromForm(form);
  if (!orderId) return NOT_FOUND;
  if (form.get('confirm') !== 'on') {
    return { status: 'error', message: 'Vui lòng đánh dấu ô xác nhận trước khi gửi yêu cầu.' };
  }
  const result = await requestErasure(await getDb(), { orderId }, clientIp(await headers()));
  if (!result.ok) return { status: 'error', message: result.message };
  kickOutbox();
  return {
    status: 'done',
    message:
      result.status === 'scheduled'
        ? 'Yêu cầu xóa dữ liệu của đơn này đã được xác nhận trước đó.'
        : 'Chúng tôi đã gửi liên kết xác nhận đến email của đơn hàng. Yêu cầu chỉ có hiệu lực sau khi bạn xác nhận.',
  };
}

export async function cancelOrderErasureAction(_prev: OneButtonState, form: FormData): Promise<OneButtonState> {
  const orderId = await orderFromForm(form);
  if (!orderId) return NOT_FOUND;
  const cancelled = await cancelErasure(await getDb(), { orderId });
  return cancelled
    ? { status: 'done', message: 'Đã hủy yêu cầu xóa dữ liệu.' }
    : { status: 'error', message: 'Không có yêu cầu nào đang chờ.' };
}
