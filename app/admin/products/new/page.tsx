import type { Metadata } from 'next';
import Link from 'next/link';
import { ProductForm } from '@/components/admin/catalog/product-form';
import { requirePermission } from '@/lib/auth/session';
import { emptyProductDraft } from '@/lib/catalog-admin/product-draft';
import { listBrandOptions, listCategoryOptions } from '@/lib/catalog-admin/product-queries';
import { getDb } from '@/lib/db/client';
import { createProductAction } from '../actions';

export const metadata: Metadata = { title: 'Thêm sản phẩm' };

export default async function NewProductPage() {
  await requirePermission('admin:access', '/admin/products/new');
  const db = await getDb();
  const [categories, brands] = await Promise.all([listCategoryOptions(db), listBrandOptions(db)]);
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p>
        <Link href="/admin/products" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Danh sách sản phẩm
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Thêm sản phẩm</h1>
      <p className="text-stone-700">Ảnh được thêm sau khi tạo sản phẩm.</p>
      <ProductForm
        mode="create"
        action={createProductAction}
        initial={emptyProductDraft()}
        categories={categories.map((c) => ({ id: c.id, label: c.label }))}
        brands={brands}
      />
    </div>
  );
}
