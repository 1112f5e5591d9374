import { NO_CONTROL_CHARS_MESSAGE, noControlCharsMultiline } from '@/lib/core/schemas';
import { z } from 'zod';
import { shippingAddressSchema } from '@/lib/address/schemas';
import { newPasswordField } from '@/lib/auth/schemas';
import { contactSchema, phoneSchema } from '@/lib/checkout/schemas';

// What the account forms accept. Saved addresses use the checkout's own rules (name, phone and the
// 34-province address with its ward check), so a saved address always passes at checkout. The address
// imports the dataset: these schemas are for server actions, not the browser.

/** A checkbox posts 'on' when ticked and nothing when not. */
export const checkboxField = z
  .enum(['on', 'true', '1'], { error: 'Lựa chọn không hợp lệ.' })
  .optional()
  .transform((v) => v !== undefined);

export const recordIdField = z.coerce
  .number({ error: 'Mã không hợp lệ.' })
  .int('Mã không hợp lệ.')
  .positive('Mã không hợp lệ.')
  .max(2_147_483_647, 'Mã không hợp lệ.');

export const orderNumberField = z
  .string({ error: 'Mã đơn hàng không hợp lệ.' })
  .trim()
  .toUpperCase()
  .regex(/^ATL-\d{6,10}$/, 'Mã đơn hàng không hợp lệ.');

export const profileSchema = z.object({
  name: z
    .string({ error: 'Vui lòng nhập họ tên.' })
    .refine(noControlCharsMultiline, NO_CONTROL_CHARS_MESSAGE)
    .normalize('NFC')
    .overwrite((v) => v.replace(/\s+/g, ' ').trim())
    .min(1, 'Vui lòng nhập họ tên.')
    .max(100, 'Họ tên tối đa 100 ký tự.'),
  // Optional on the profile; an empty field clears it.
  phone: z
    .string()
    .optional()
    .transform((v) => v?.trim() || undefined)
    .pipe(phoneSchema.optional()),
});
export type ProfileInput = z.infer<typeof profileSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'Vui lòng nhập mật khẩu hiện tại.' })
      .min(1, 'Vui lòng nhập mật khẩu hiện tại.')
      .max(128, 'Mật khẩu tối đa 128 ký tự.'),
    newPassword: newPasswordField,
    confirmPassword: z.string({ error: 'Vui lòng nhập lại mật khẩu mới.' }).max(128),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'Mật khẩu nhập lại không khớp.',
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ['newPassword'],
    message: 'Mật khẩu mới cần khác mật khẩu hiện tại.',
  });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const addressFormSchema = z.object({
  name: contactSchema.shape.name,
  phone: phoneSchema,
  // A post without any address field still gets its messages beside the three fields.
  shippingAddress: z.preprocess((v) => v ?? {}, shippingAddressSchema),
  isDefault: checkboxField,
});
export type AddressFormInput = z.infer<typeof addressFormSchema>;

export const addressUpdateSchema = addressFormSchema.extend({ id: recordIdField });

export const addressIdSchema = z.object({ id: recordIdField });

export const reorderSchema = z.object({ number: orderNumberField });
