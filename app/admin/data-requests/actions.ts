'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { adminAction } from '@/lib/admin/action';
import { getDb } from '@/lib/db/client';
import { staffCancelErasure } from '@/lib/privacy/erasure';

// /admin/data-requests: staff may stop an open erasure request (a dispute, a warranty claim) with a reason, audited.
const cancelSchema = z.object({
  requestId: z.coerce.number({ error: 'Không tìm thấy yêu cầu.' }).int().positive('Không tìm thấy yêu cầu.'),
  reason: z
    .string({ error: 'Vui lòng nhập lý do.' })
    .normalize('NFC')
    .trim()
    .min(5, 'Lý do cần ít nhất 5 ký tự.')
    .max(300, 'Lý do tối đa 300 ký tự.'),
});

export const cancelDataRequestAction = adminAction({ schema: cancelSchema }, async (input, actor) => {
  const result = await staffCancelErasure(await getDb(), actor, input);
  if (result.ok) revalidatePath('/admin/data-requests');
  return result;
});
