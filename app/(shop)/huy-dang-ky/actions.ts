'use server';

import { headers } from 'next/headers';
import type { OneButtonState } from '@/components/privacy/one-button-form';
import { getDb } from '@/lib/db/client';
import { unsubscribe } from '@/lib/privacy/unsubscribe-action';
import { clientIp } from '@/lib/http/client-ip';

const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v : null;
};

export async function unsubscribeAction(_prev: OneButtonState, form: FormData): Promise<OneButtonState> {
  const done = await unsubscribe(
    await getDb(),
    { c: text(form, 'c'), a: text(form, 'a'), t: text(form, 't') },
    clientIp(await headers()),
  );
  if (!done) return { status: 'error', message: 'Liên kết hủy đăng ký không hợp lệ.' };
  return {
    status: 'done',
    message:
      done.channel === 'email'
        ? 'Bạn đã hủy nhận tin khuyến mãi qua email. Bạn vẫn nhận email về đơn hàng của mình.'
        : 'Bạn đã hủy nhận tin khuyến mãi qua Zalo.',
  };
}
