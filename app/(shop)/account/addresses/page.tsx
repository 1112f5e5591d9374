import type { Metadata } from 'next';
import Link from 'next/link';
import { DeleteAddressButton, SetDefaultAddressButton } from '@/components/account/address-card-actions';
import { primaryButton, secondaryButton } from '@/components/account/form-alert';
import { listAddresses, MAX_ADDRESSES } from '@/lib/account/addresses';
import { requireUser } from '@/lib/auth/session';
import { getShopperReadDb } from '@/lib/db/read-your-writes';

// A shopper's own page: rendered per request, never prerendered at build (it reads the session and the database).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sổ địa chỉ', robots: { index: false, follow: false } };

export default async function AddressesPage() {
  const user = await requireUser('/account/addresses');
  const addresses = await listAddresses(await getShopperReadDb(), user.id);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">Sổ địa chỉ</h1>
        {addresses.length < MAX_ADDRESSES && (
          <Link href="/account/addresses/new" className={primaryButton}>
            Thêm địa chỉ
          </Link>
        )}
      </div>
      <p className="text-sm text-stone-700">Địa chỉ mặc định được điền sẵn khi bạn thanh toán.</p>
      {addresses.length === 0 ? (
        <p className="rounded-lg border border-stone-200 p-4 text-stone-700">Bạn chưa lưu địa chỉ nào.</p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {addresses.map((a) => {
            const label = `${a.name}, ${a.street}`;
            return (
              <li
                key={a.id}
                className={`rounded-lg border p-4 ${a.isDefault ? 'border-brand-600' : 'border-stone-200'}`}
                aria-label={a.isDefault ? `${label} (mặc định)` : label}
              >
                <p className="font-semibold">
                  {a.name} · {a.phone}
                  {a.isDefault && (
                    <span className="ml-2 inline-block whitespace-nowrap rounded-full bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">
                      Mặc định
                    </span>
                  )}
                </p>
                <p className="mt-1 text-sm text-stone-700">{a.formatted}</p>
                <div className="mt-3 flex flex-wrap gap-2">
                  <Link
                    href={`/account/addresses/${a.id}`}
                    className={secondaryButton}
                    aria-label={`Sửa địa chỉ: ${label}`}
                  >
                    Sửa
                  </Link>
                  {!a.isDefault && <SetDefaultAddressButton id={a.id} label={label} />}
                  <DeleteAddressButton id={a.id} label={label} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
