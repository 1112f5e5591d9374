import type { Metadata } from 'next';
import { AddressForm } from '@/components/account/address-form';
import { provinceOptions } from '@/lib/address/data';
import { requireUser } from '@/lib/auth/session';

// A shopper's own page: rendered per request, never prerendered at build (it reads the session and the database).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Thêm địa chỉ', robots: { index: false, follow: false } };

export default async function NewAddressPage() {
  await requireUser('/account/addresses/new');
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Thêm địa chỉ</h1>
      <AddressForm provinces={provinceOptions()} />
    </div>
  );
}
