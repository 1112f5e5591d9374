import 'server-only';
import type { Db } from '@/lib/db/types';
import { getDefaultAddress } from './addresses';
import { getProfile } from './profile';

// What the checkout form starts with for a signed-in customer, keyed by the form's field names. The
// default address brings its recipient (the person the courier calls); without one, the account's own
// name and phone. The e-mail is always the account's, where the confirmation goes.

export async function getCheckoutPrefill(db: Db, userId: number): Promise<Record<string, string>> {
  const [profile, address] = await Promise.all([getProfile(db, userId), getDefaultAddress(db, userId)]);
  if (!profile) return {};
  const values: Record<string, string> = {
    'contact.name': address?.name || profile.name,
    'contact.phone': address?.phone || profile.phone || '',
    'contact.email': profile.email,
  };
  if (address) {
    values['shippingAddress.provinceCode'] = address.provinceCode;
    values['shippingAddress.wardCode'] = address.wardCode;
    values['shippingAddress.street'] = address.street;
  }
  return values;
}
