import { z } from 'zod';
import { ADJUST_MODES, MANUAL_STOCK_REASONS, MODES_FOR_REASON } from './labels';

// The stock adjustment form. Staff type a quantity without a sign (a phone's number pad has no minus key):
// the reason and the mode say which way it goes. A count correction may also set the counted quantity.

export const MAX_ADJUST_QUANTITY = 100_000;

const int = (message: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? v.replace(/[\s.,]/g, '') : v),
    z
      .string({ error: message })
      .regex(/^\d{1,7}$/, message)
      .transform(Number),
  );

export const stockAdjustmentSchema = z
  .object({
    variantId: z.coerce.number({ error: 'Thiếu mẫu sản phẩm' }).int().positive('Thiếu mẫu sản phẩm'),
    reason: z.enum(MANUAL_STOCK_REASONS, { error: 'Vui lòng chọn lý do' }),
    mode: z.enum(ADJUST_MODES, { error: 'Vui lòng chọn cách điều chỉnh' }),
    quantity: int('Vui lòng nhập số lượng là số nguyên không âm').pipe(
      z.number().max(MAX_ADJUST_QUANTITY, `Số lượng tối đa ${MAX_ADJUST_QUANTITY.toLocaleString('vi-VN')}`),
    ),
    note: z
      .string()
      .normalize('NFC')
      .trim()
      .max(500, 'Ghi chú tối đa 500 ký tự')
      .optional()
      .transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (!MODES_FOR_REASON[v.reason].includes(v.mode)) {
      ctx.addIssue({
        code: 'custom',
        path: ['mode'],
        message:
          v.reason === 'received'
            ? 'Nhập hàng chỉ cộng thêm vào tồn kho'
            : v.reason === 'damaged'
              ? 'Hàng hỏng chỉ trừ bớt khỏi tồn kho'
              : 'Cách điều chỉnh không hợp lệ',
      });
    }
    if (v.mode !== 'set' && v.quantity === 0) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'Số lượng phải lớn hơn 0' });
    }
  })
  .transform((v) => ({
    variantId: v.variantId,
    reason: v.reason,
    change:
      v.mode === 'set'
        ? ({ kind: 'set', counted: v.quantity } as const)
        : ({ kind: 'delta', delta: v.mode === 'add' ? v.quantity : -v.quantity } as const),
    note: v.note,
  }));

export type StockAdjustmentInput = z.output<typeof stockAdjustmentSchema>;
