import { NO_CONTROL_CHARS_MESSAGE, noControlCharsMultiline } from '@/lib/core/schemas';
import { z } from 'zod';
import { resolveAddress } from './data';

// The address part of checkout. It imports the dataset (through resolveAddress), so it is for server
// actions and route handlers; the browser form relies on their field errors.

export const provinceCodeSchema = z
  .string({ error: 'Vui lòng chọn tỉnh/thành phố' })
  .trim()
  .min(1, { error: 'Vui lòng chọn tỉnh/thành phố', abort: true })
  .regex(/^\d{2}$/, { error: 'Tỉnh/thành phố không hợp lệ', abort: true });

export const wardCodeSchema = z
  .string({ error: 'Vui lòng chọn phường/xã' })
  .trim()
  .min(1, { error: 'Vui lòng chọn phường/xã', abort: true })
  .regex(/^\d{5}$/, { error: 'Phường/xã không hợp lệ', abort: true });

// NFC because some Vietnamese keyboards send decomposed diacritics; one line because it is printed on a
// shipping label.
export const streetSchema = z
  .string({ error: 'Vui lòng nhập số nhà, tên đường' })
  .refine(noControlCharsMultiline, NO_CONTROL_CHARS_MESSAGE)
  .normalize('NFC')
  .overwrite((street) => street.replace(/\s+/g, ' ').trim())
  .min(1, { error: 'Vui lòng nhập số nhà, tên đường', abort: true })
  .min(5, 'Địa chỉ cần ít nhất 5 ký tự')
  .max(200, 'Địa chỉ tối đa 200 ký tự');

export const shippingAddressSchema = z
  .object({ provinceCode: provinceCodeSchema, wardCode: wardCodeSchema, street: streetSchema })
  // Zod skips this when a code failed its format check (those checks abort), so a malformed code gets
  // one message, not two; a ward from another province becomes an error on wardCode.
  .superRefine((address, ctx) => {
    const resolved = resolveAddress(address.provinceCode, address.wardCode);
    if (!resolved.ok) ctx.addIssue({ code: 'custom', path: [resolved.field], message: resolved.message });
  });

export type ShippingAddressInput = z.input<typeof shippingAddressSchema>;
export type ShippingAddress = z.infer<typeof shippingAddressSchema>;
