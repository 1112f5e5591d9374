import { z } from 'zod';

// What a checkout or sign-up form (or the app) sends to accept the terms and the privacy policy, in the
// versions it showed, with the two separate marketing opt-ins.

const version = z.coerce.number({ error: 'Phiên bản điều khoản không hợp lệ.' }).int().min(1).max(1_000_000);
const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal(''), z.literal('false')])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

export const POLICY_CONSENT_REQUIRED = 'Vui lòng đồng ý với Điều khoản sử dụng và Chính sách bảo mật thông tin.';

export const policyConsentSchema = z.object({
  accepted: z
    .union([z.literal(true), z.literal('on'), z.literal('true')], { error: POLICY_CONSENT_REQUIRED })
    .transform(() => true as const),
  termsVersion: version,
  privacyVersion: version,
  marketingEmail: checkbox,
  marketingZalo: checkbox,
});
export type PolicyConsent = z.infer<typeof policyConsentSchema>;
export type PolicyConsentInput = z.input<typeof policyConsentSchema>;

export const POLICY_CHANGED_MESSAGE =
  'Điều khoản hoặc chính sách bảo mật vừa được cập nhật. Vui lòng tải lại trang, đọc và xác nhận lại.';

/** The consent fields of a flat form (checkout, sign-up), in the shape the schema reads. */
export function consentFromForm(form: FormData): Record<string, string> {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  return {
    accepted: text('consent.accepted'),
    termsVersion: text('consent.termsVersion'),
    privacyVersion: text('consent.privacyVersion'),
    marketingEmail: text('consent.marketingEmail'),
    marketingZalo: text('consent.marketingZalo'),
  };
}
