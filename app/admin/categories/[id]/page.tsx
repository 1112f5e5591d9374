import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CategoryForm } from '@/components/admin/catalog/category-form';
import { DeleteButton } from '@/components/admin/catalog/delete-button';
import { requirePermission } from '@/lib/auth/session';
import { getCategory } from '@/lib/catalog-admin/categories';
import { listCategoryOptions } from '@/lib/catalog-admin/product-queries';
import { idField } from '@/lib/catalog-admin/schemas';
import { descendantIds, loadTaxonomy } from '@/lib/catalog-admin/taxonomy';
import { getDb } from '@/lib/db/client';
import { deleteCategoryAction, updateCategoryAction } from '../actions';

export const metadata: Metadata = { title: 'Sửa danh mục' };

type Props = { params: Promise<{ id: string }> };

export default async function EditCategoryPage({ params }: Props) {
  const { id: raw } = await params;
  await requirePermission('admin:access', `/admin/categories/${raw}`);
  const id = idField('').safeParse(raw);
  if (!id.success) notFound();
  const db = await getDb();
  const category = await getCategory(db, id.data);
  if (!category) notFound();
  const [options, taxonomy] = await Promise.all([listCategoryOptions(db), loadTaxonomy(db)]);
  const excluded = new Set(descendantIds(taxonomy.categories, category.id));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p>
        <Link href="/admin/categories" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Danh mục
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{category.name}</h1>
      <p className="text-sm">
        <Link href={`/danh-muc/${category.slug}`} className="underline">
          Xem trên cửa hàng
        </Link>{' '}
        ·{' '}
        <Link href={`/admin/products?category=${category.id}`} className="underline">
          Sản phẩm trong danh mục
        </Link>
      </p>
      <CategoryForm
        id={category.id}
        action={updateCategoryAction}
        parents={options.filter((o) => !excluded.has(o.id))}
        initial={{
          name: category.name,
          slug: category.slug,
          parentId: category.parentId === null ? '' : String(category.parentId),
          description: category.description,
          keywords: category.keywords,
          filterSpecs: category.filterSpecs,
          sortOrder: String(category.sortOrder),
          seoTitle: category.seoTitle ?? '',
          seoDescription: category.seoDescription ?? '',
        }}
      />
      <section aria-labelledby="xoa" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="xoa" className="mb-2 text-lg font-semibold">
          Xóa danh mục
        </h2>
        <p className="mb-3 text-sm text-stone-700">Chỉ xóa được danh mục không còn sản phẩm và danh mục con.</p>
        <DeleteButton
          id={category.id}
          label="Xóa danh mục"
          confirmText={`Xóa danh mục “${category.name}”?`}
          action={deleteCategoryAction}
        />
      </section>
    </div>
  );
}
