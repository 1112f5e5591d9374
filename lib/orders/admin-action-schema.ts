import { z } from 'zod';
import { ORDER_STATUSES } from '@/db/schema';
import { orderNumberSchema } from './api-schemas';

// The staff action forms on /admin/orders/[number]: one schema, one variant per action. Every form carries
// the status it was drawn for (expectedStatus), so that a form left open while someone else moved the order
// is refused instead of applied to a state its author never saw.

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}` })
    .normalize('NFC')
    .overwrite((v) => v.replace(/\s+/g, ' ').trim())
    .min(min, min <= 1 ? `Vui lòng nhập ${label}` : `Vui lòng nhập ${label} (ít nhất ${min} ký tự)`)
    .max(max, `Tối đa ${max} ký tự`);

const optionalText = (max: number) =>
  z
    .string()
    .normalize('NFC')
    .trim()
    .max(max, `Tối đa ${max} ký tự`)
    .optional()
    .transform((v) => v || null);

/** VND as staff type it: "1.500.000", "1 500 000 đ" or "1500000". */
export const vndInput = z.preprocess(
  (v) => (typeof v === 'string' ? v.replace(/[\s.,₫đ]/gi, '') : v),
  z
    .string({ error: 'Vui lòng nhập số tiền' })
    .regex(/^\d{1,12}$/, 'Số tiền là số nguyên (VND), ví dụ 1.500.000')
    .transform(Number)
    .pipe(z.number().int().positive('Số tiền phải lớn hơn 0')),
);

const base = {
  number: orderNumberSchema,
  expectedStatus: z.enum(ORDER_STATUSES, { error: 'Thiếu trạng thái đơn hàng' }),
};

export const orderActionSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('confirm'), ...base }),
    z.object({
      action: z.literal('ship'),
      ...base,
      carrier: text('đơn vị vận chuyển', 2, 60),
      trackingNumber: z
        .string({ error: 'Vui lòng nhập mã vận đơn' })
        .trim()
        .min(1, 'Vui lòng nhập mã vận đơn')
        .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{3,39}$/, 'Mã vận đơn gồm 4–40 chữ, số hoặc - _ . (không dấu cách)'),
    }),
    z.object({ action: z.literal('deliver'), ...base }),
    z.object({ action: z.literal('cod_collected'), ...base }),
    z.object({ action: z.literal('complete'), ...base }),
    z.object({
      action: z.literal('cancel'),
      ...base,
      reason: text('lý do hủy', 3, 300),
      refundReference: optionalText(100),
    }),
    z.object({
      action: z.literal('refund'),
      ...base,
      /** The refunds the form was drawn with: a second submission of the same form is refused. */
      expectedRefunded: z.coerce.number().int().nonnegative(),
      amount: vndInput,
      reason: text('lý do hoàn tiền', 3, 300),
      reference: optionalText(100),
    }),
  ],
  { error: 'Thao tác không hợp lệ' },
);

export type OrderActionInput = z.output<typeof orderActionSchema>;
