import Link from 'next/link';
import { POLICY_LABELS, PRIVACY_SLUG, policyPath, TERMS_SLUG } from '@/lib/legal/links';

// The consent block of the checkout and sign-up forms: acceptance of the terms and the privacy policy in the
// versions shown (sent back in hidden fields, so the server records exactly those), and the two marketing
// opt-ins, separate and unticked by default. Their labels avoid the words of the contact fields' labels
// ("Email", "Số điện thoại") so that a label always names one field. Field names are the dotted paths lib/privacy/consent-schema.ts reads.

export type PolicyVersions = { terms: number; privacy: number };

type Props = {
  versions: PolicyVersions;
  values: Record<string, string>;
  error?: string;
  /** Zalo messages go to the phone number: only offered where the form asks for one. */
  offerZalo?: boolean;
};

const box = 'mt-0.5 size-5 shrink-0 accent-brand-700';
const linkClass = 'font-semibold text-brand-700 underline';

export function ConsentFields({ versions, values, error, offerZalo = true }: Props) {
  return (
    <fieldset className="space-y-3 text-sm" aria-describedby={error ? 'f-consent-accepted-error' : undefined}>
      <legend className="sr-only">Điều khoản và quyền riêng tư</legend>
      <input type="hidden" name="consent.termsVersion" value={versions.terms} />
      <input type="hidden" name="consent.privacyVersion" value={versions.privacy} />
      <label className="flex min-h-11 items-start gap-3">
        <input
          id="f-consent-accepted"
          type="checkbox"
          name="consent.accepted"
          defaultChecked={values['consent.accepted'] === 'on'}
          aria-invalid={error ? true : undefined}
          className={box}
        />
        <span>
          Tôi đã đọc và đồng ý với{' '}
          <Link href={policyPath(TERMS_SLUG)} target="_blank" className={linkClass}>
            {POLICY_LABELS[TERMS_SLUG]}
          </Link>{' '}
          và{' '}
          <Link href={policyPath(PRIVACY_SLUG)} target="_blank" className={linkClass}>
            Chính sách {POLICY_LABELS[PRIVACY_SLUG].toLowerCase()}
          </Link>
          .
        </span>
      </label>
      {error && (
        <p id="f-consent-accepted-error" className="font-medium text-brand-800">
          {error}
        </p>
      )}
      <label className="flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          name="consent.marketingEmail"
          defaultChecked={values['consent.marketingEmail'] === 'on'}
          className={box}
        />
        <span>Nhận tin khuyến mãi qua thư điện tử (không bắt buộc, hủy bất cứ lúc nào).</span>
      </label>
      {offerZalo && (
        <label className="flex min-h-11 items-start gap-3">
          <input
            type="checkbox"
            name="consent.marketingZalo"
            defaultChecked={values['consent.marketingZalo'] === 'on'}
            className={box}
          />
          <span>Nhận tin khuyến mãi qua Zalo (không bắt buộc, hủy bất cứ lúc nào).</span>
        </label>
      )}
    </fieldset>
  );
}
