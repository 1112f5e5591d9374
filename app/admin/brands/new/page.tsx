import type { Metadata } from 'next';
import Link from 'next/link';
import { BrandForm } from '@/components/admin/catalog/brand-form';
import { requirePermission } from '@/lib/auth/session';
import { createBrandAction } from '../actions';

export const metadata: Metadata = { title: 'Thêm thương hiệu' };

export default async function NewBrandPage() {
  await requirePermission('admin:access', '/admin/brands/new');
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/admin/brands" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Thương hiệu
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Thêm thương hiệu</h1>
      <BrandForm
        action={createBrandAction}
        initial={{ name: '', slug: '', country: '', description: '', website: '' }}
      />
    </div>
  );
}
