import { consentFromForm } from '@/lib/privacy/consent-schema';
import type { CheckoutInput } from './schemas';

// The checkout form posts flat fields ("contact.name", "shippingAddress.wardCode", …); this turns them
// into the same shape the JSON API takes, so both go through one schema.

export const HONEYPOT_FIELD = 'website';

export function checkoutFormToInput(form: FormData): CheckoutInput & { idempotencyKey: string; honeypot: string } {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === 'string' ? v : '';
  };
  const wantsInvoice = text('wantsInvoice') === 'on';
  let expectedPrices: Record<string, number> | undefined;
  try {
    const parsed: unknown = JSON.parse(text('expectedPrices') || '{}');
    if (parsed && typeof parsed === 'object') expectedPrices = parsed as Record<string, number>;
  } catch {
    expectedPrices = undefined; // only used to tell the shopper about price changes
  }
  return {
    contact: { name: text('contact.name'), phone: text('contact.phone'), email: text('contact.email') },
    shippingAddress: {
      provinceCode: text('shippingAddress.provinceCode'),
      wardCode: text('shippingAddress.wardCode'),
      street: text('shippingAddress.street'),
    },
    paymentMethod: text('paymentMethod') as CheckoutInput['paymentMethod'],
    note: text('note') || undefined,
    invoice: wantsInvoice
      ? { companyName: text('invoice.companyName'), taxCode: text('invoice.taxCode'), address: text('invoice.address') }
      : undefined,
    expectedPrices,
    consent: consentFromForm(form) as NonNullable<CheckoutInput['consent']>,
    idempotencyKey: text('idempotencyKey'),
    honeypot: text(HONEYPOT_FIELD),
  };
}

/** What the shopper typed, to put back in the form after an error (nothing they typed is lost). */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === 'string' && k !== HONEYPOT_FIELD) values[k] = v.slice(0, 1000);
  return values;
}
