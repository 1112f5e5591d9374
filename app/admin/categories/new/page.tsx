import type { Metadata } from 'next';
import Link from 'next/link';
import { CategoryForm } from '@/components/admin/catalog/category-form';
import { requirePermission } from '@/lib/auth/session';
import { listCategoryOptions } from '@/lib/catalog-admin/product-queries';
import { getDb } from '@/lib/db/client';
import { createCategoryAction } from '../actions';

export const metadata: Metadata = { title: 'Thêm danh mục' };

export default async function NewCategoryPage() {
  await requirePermission('admin:access', '/admin/categories/new');
  const parents = await listCategoryOptions(await getDb());
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/admin/categories" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Danh mục
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Thêm danh mục</h1>
      <CategoryForm
        action={createCategoryAction}
        parents={parents}
        initial={{
          name: '',
          slug: '',
          parentId: '',
          description: '',
          keywords: '',
          filterSpecs: [],
          sortOrder: '0',
          seoTitle: '',
          seoDescription: '',
        }}
      />
    </div>
  );
}
