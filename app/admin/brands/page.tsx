import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/fields';
import { requirePermission } from '@/lib/auth/session';
import { listBrandsWithCounts } from '@/lib/catalog-admin/brands';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Thương hiệu' };

export default async function AdminBrandsPage() {
  await requirePermission('admin:access', '/admin/brands');
  const rows = await listBrandsWithCounts(await getDb());
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Thương hiệu</h1>
        <Link href="/admin/brands/new" className={buttonClass.primary}>
          + Thêm thương hiệu
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="text-stone-700">Chưa có thương hiệu nào.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {rows.map(({ brand, productCount }) => (
            <li key={brand.id} className="flex items-center justify-between gap-3 p-3">
              <div className="min-w-0">
                <Link href={`/admin/brands/${brand.id}`} className="font-semibold text-brand-800 underline">
                  {brand.name}
                </Link>
                <p className="text-xs text-stone-600">
                  <span className="font-mono">/thuong-hieu/{brand.slug}</span>
                  {brand.country && <> · {brand.country}</>}
                </p>
              </div>
              <Link href={`/admin/products?brand=${brand.id}`} className="shrink-0 text-sm text-stone-700 underline">
                {productCount} sản phẩm
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
