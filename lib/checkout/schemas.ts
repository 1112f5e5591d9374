import { NO_CONTROL_CHARS_MESSAGE, noControlChars, noControlCharsMultiline } from '@/lib/core/schemas';
import { z } from 'zod';
import { PAYMENT_METHODS } from '@/db/schema';
import { shippingAddressSchema } from '@/lib/address/schemas';
import { policyConsentSchema } from '@/lib/privacy/consent-schema';

// What a shopper sends to place an order, from the checkout form or the mobile app. Every text field
// is trimmed and length-limited; messages are Vietnamese because they are shown beside the fields.

/** 0912 345 678, +84 912 345 678, 84912345678 -> 0912345678. */
export function normalizePhone(input: string): string {
  const digits = input.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) return `0${digits.slice(3)}`;
  if (digits.startsWith('84') && digits.length === 11) return `0${digits.slice(2)}`;
  return digits;
}

export const phoneSchema = z
  .string({ error: 'Vui lòng nhập số điện thoại' })
  .max(20, 'Số điện thoại không hợp lệ')
  .transform(normalizePhone)
  .pipe(z.string().regex(/^0[35789]\d{8}$/, 'Số điện thoại di động không hợp lệ (ví dụ 0912 345 678)'));

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `Vui lòng nhập ${label}` })
    .refine(noControlCharsMultiline, NO_CONTROL_CHARS_MESSAGE)
    .normalize('NFC')
    .overwrite((v) => v.replace(/\s+/g, ' ').trim())
    .min(
      min,
      min <= 1 ? `Vui lòng nhập ${label}` : `${label[0]?.toUpperCase()}${label.slice(1)} cần ít nhất ${min} ký tự`,
    )
    .max(max, `${label[0]?.toUpperCase()}${label.slice(1)} tối đa ${max} ký tự`);

export const contactSchema = z.object({
  name: text('họ tên', 2, 100),
  phone: phoneSchema,
  email: z
    .string({ error: 'Vui lòng nhập email' })
    .refine(noControlChars, 'Email không hợp lệ')
    .trim()
    .toLowerCase()
    .max(200, 'Email tối đa 200 ký tự')
    .pipe(z.email('Email không hợp lệ')),
});

export const invoiceSchema = z.object({
  companyName: text('tên công ty', 2, 200),
  taxCode: z
    .string({ error: 'Vui lòng nhập mã số thuế' })
    .trim()
    .regex(/^\d{10}(-\d{3})?$/, 'Mã số thuế gồm 10 chữ số (hoặc 10 chữ số, dấu gạch và 3 chữ số)'),
  address: text('địa chỉ xuất hóa đơn', 5, 300),
});

export const paymentMethodSchema = z.enum(PAYMENT_METHODS, { error: 'Vui lòng chọn phương thức thanh toán' });

export const checkoutSchema = z.object({
  contact: contactSchema,
  shippingAddress: shippingAddressSchema,
  paymentMethod: paymentMethodSchema,
  note: z
    .string()
    .refine(noControlCharsMultiline, NO_CONTROL_CHARS_MESSAGE)
    .normalize('NFC')
    .trim()
    .max(500, 'Ghi chú tối đa 500 ký tự')
    .optional()
    .transform((v) => v || undefined),
  invoice: invoiceSchema.optional(),
  /**
   * The unit prices the shopper saw (variant id -> VND). Never used to charge: only to tell the
   * shopper when a price changed between the cart and the order.
   */
  expectedPrices: z.record(z.string().regex(/^\d{1,10}$/), z.number().int().nonnegative()).optional(),
  /** Acceptance of the terms and privacy policy in the versions shown (the web form always sends it). */
  consent: policyConsentSchema.optional(),
});

export type CheckoutInput = z.input<typeof checkoutSchema>;
export type CheckoutRequest = z.infer<typeof checkoutSchema>;

/** Idempotency keys: whatever the client generates (a UUID is ideal), within sane bounds. */
export const idempotencyKeySchema = z
  .string({ error: 'Thiếu Idempotency-Key' })
  .trim()
  .min(8, 'Idempotency-Key cần ít nhất 8 ký tự')
  .max(100, 'Idempotency-Key tối đa 100 ký tự')
  .regex(/^[A-Za-z0-9_\-:.]+$/, 'Idempotency-Key chỉ gồm chữ, số và - _ : .');
