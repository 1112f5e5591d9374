import { z } from 'zod';
import { USER_ROLES } from '@/db/schema';
import { forgotPasswordSchema, resetPasswordSchema, signInSchema, signUpSchema } from './schemas';

// What the mobile app's auth endpoints accept and answer. The request schemas are the web forms' own,
// so a rule (password length, e-mail form) is the same in both places.

const deviceName = z
  .string()
  .trim()
  .max(200, 'Tên thiết bị tối đa 200 ký tự.')
  .optional()
  .describe('Shown in the list of signed-in devices, e.g. "iPhone 15 của Lan" (default: the User-Agent)');

export const tokenRequestSchema = signInSchema.extend({ deviceName });

export const googleTokenRequestSchema = z.object({
  idToken: z
    .string({ error: 'Thiếu mã đăng nhập Google.' })
    .min(20, 'Mã đăng nhập Google không hợp lệ.')
    .max(8192, 'Mã đăng nhập Google không hợp lệ.')
    .describe("The ID token from Google Sign-In on the device (its audience is one of the app's client ids)"),
  deviceName,
});

const refreshTokenField = z
  .string({ error: 'Thiếu refresh token.' })
  .min(20, 'Refresh token không hợp lệ.')
  .max(200, 'Refresh token không hợp lệ.');

export const refreshRequestSchema = z.object({ refreshToken: refreshTokenField });

export const logoutRequestSchema = z.object({
  refreshToken: refreshTokenField.optional().describe('Ends the session this token belongs to'),
  everywhere: z
    .boolean()
    .optional()
    .describe('With a Bearer token: sign out of every device and browser (the session version moves on)'),
});

export const sessionIdParamSchema = z.object({
  id: z.coerce
    .number({ error: 'Mã phiên không hợp lệ.' })
    .int()
    .positive()
    .max(2_147_483_647, 'Mã phiên không hợp lệ.'),
});

export const signUpRequestSchema = signUpSchema;
export const verifyEmailRequestSchema = z.object({
  token: z
    .string({ error: 'Thiếu mã xác minh.' })
    .min(20, 'Mã xác minh không hợp lệ.')
    .max(200, 'Mã xác minh không hợp lệ.'),
});
export const forgotPasswordRequestSchema = forgotPasswordSchema;
export const resetPasswordRequestSchema = resetPasswordSchema;

export const sessionUserSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  role: z.enum(USER_ROLES),
  emailVerified: z.boolean(),
});

export const tokenResponseSchema = z.object({
  accessToken: z.string().describe('JWT (audience "mobile", key id in its header), valid for expiresIn seconds'),
  refreshToken: z.string().describe('Opaque; works once (POST /api/auth/refresh answers the next one); 60 days'),
  expiresIn: z.number().int().describe('Seconds the access token lives (900)'),
  tokenType: z.literal('Bearer'),
  user: sessionUserSchema,
  cartId: z
    .string()
    .optional()
    .describe("The account's cart; the X-Cart-Id guest cart sent with the sign-in was merged into it"),
});

export const appSessionSchema = z.object({
  id: z.number().int(),
  deviceName: z.string(),
  method: z.string().describe('password or google'),
  ip: z.string().nullable(),
  createdAt: z.string().describe('ISO 8601'),
  lastUsedAt: z.string().describe('ISO 8601'),
  current: z.boolean().describe('The session of the access token making this request'),
});
export const sessionsResponseSchema = z.object({ items: z.array(appSessionSchema) });

export const messageResponseSchema = z.object({ message: z.string() });
