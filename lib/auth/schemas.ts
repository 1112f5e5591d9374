import { NO_CONTROL_CHARS_MESSAGE, noControlChars } from '@/lib/core/schemas';
import { z } from 'zod';

// What the auth forms and the JSON API accept. Messages are shown to shoppers as written.

export const emailField = z
  .string({ error: 'Vui lòng nhập email.' })
  .trim()
  .min(1, 'Vui lòng nhập email.')
  .max(254, 'Email quá dài.')
  .pipe(z.email('Email không hợp lệ.'))
  .transform((v) => v.toLowerCase());

/** Length only: composition rules push people to worse passwords (NIST 800-63B). */
export const newPasswordField = z
  .string({ error: 'Vui lòng nhập mật khẩu.' })
  .min(8, 'Mật khẩu cần ít nhất 8 ký tự.')
  .max(128, 'Mật khẩu tối đa 128 ký tự.');

export const signInSchema = z.object({
  email: emailField,
  password: z
    .string({ error: 'Vui lòng nhập mật khẩu.' })
    .min(1, 'Vui lòng nhập mật khẩu.')
    .max(128, 'Mật khẩu tối đa 128 ký tự.'),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const signUpSchema = z
  .object({
    name: z
      .string()
      .refine(noControlChars, NO_CONTROL_CHARS_MESSAGE)
      .trim()
      .min(1, 'Vui lòng nhập họ tên.')
      .max(100, 'Họ tên tối đa 100 ký tự.'),
    email: emailField,
    password: newPasswordField,
    confirmPassword: z.string().max(128),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'Mật khẩu nhập lại không khớp.',
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const forgotPasswordSchema = z.object({ email: emailField });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(20).max(200),
    password: newPasswordField,
    confirmPassword: z.string().max(128),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'Mật khẩu nhập lại không khớp.',
  });

/** Where to go after signing in: only a path on this site, never another origin. */
export const callbackPath = z
  .string()
  .max(500)
  .regex(/^\/(?!\/)[^\s\\]*$/)
  .catch('/account');
