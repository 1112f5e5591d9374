import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AddressForm } from '@/components/account/address-form';
import { getAddress } from '@/lib/account/addresses';
import { recordIdField } from '@/lib/account/schemas';
import { provinceOptions } from '@/lib/address/data';
import { requireUser } from '@/lib/auth/session';
import { getShopperReadDb } from '@/lib/db/read-your-writes';

// A shopper's own page: rendered per request, never prerendered at build (it reads the session and the database).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sửa địa chỉ', robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

export default async function EditAddressPage({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/account/addresses/${encodeURIComponent(id)}`);
  const parsed = recordIdField.safeParse(id);
  // Someone else's address is as absent as a made-up id.
  const address = parsed.success ? await getAddress(await getShopperReadDb(), user.id, parsed.data) : null;
  if (!address) notFound();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Sửa địa chỉ</h1>
      <AddressForm provinces={provinceOptions()} address={address} />
    </div>
  );
}
