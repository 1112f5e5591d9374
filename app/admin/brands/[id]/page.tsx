import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { BrandForm } from '@/components/admin/catalog/brand-form';
import { DeleteButton } from '@/components/admin/catalog/delete-button';
import { requirePermission } from '@/lib/auth/session';
import { getBrand } from '@/lib/catalog-admin/brands';
import { idField } from '@/lib/catalog-admin/schemas';
import { getDb } from '@/lib/db/client';
import { deleteBrandAction, updateBrandAction } from '../actions';

export const metadata: Metadata = { title: 'Sửa thương hiệu' };

type Props = { params: Promise<{ id: string }> };

export default async function EditBrandPage({ params }: Props) {
  const { id: raw } = await params;
  await requirePermission('admin:access', `/admin/brands/${raw}`);
  const id = idField('').safeParse(raw);
  if (!id.success) notFound();
  const brand = await getBrand(await getDb(), id.data);
  if (!brand) notFound();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/admin/brands" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Thương hiệu
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{brand.name}</h1>
      <p className="text-sm">
        <Link href={`/thuong-hieu/${brand.slug}`} className="underline">
          Xem trên cửa hàng
        </Link>{' '}
        ·{' '}
        <Link href={`/admin/products?brand=${brand.id}`} className="underline">
          Sản phẩm của thương hiệu
        </Link>
      </p>
      <BrandForm
        id={brand.id}
        action={updateBrandAction}
        initial={{
          name: brand.name,
          slug: brand.slug,
          country: brand.country,
          description: brand.description,
          website: brand.website ?? '',
        }}
      />
      <section aria-labelledby="xoa" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="xoa" className="mb-2 text-lg font-semibold">
          Xóa thương hiệu
        </h2>
        <p className="mb-3 text-sm text-stone-700">Chỉ xóa được thương hiệu không còn sản phẩm.</p>
        <DeleteButton
          id={brand.id}
          label="Xóa thương hiệu"
          confirmText={`Xóa thương hiệu “${brand.name}”?`}
          action={deleteBrandAction}
        />
      </section>
    </div>
  );
}
