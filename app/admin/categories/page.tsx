import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/fields';
import { requirePermission } from '@/lib/auth/session';
import { listCategoryTree } from '@/lib/catalog-admin/categories';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Danh mục' };

export default async function AdminCategoriesPage() {
  await requirePermission('admin:access', '/admin/categories');
  const tree = await listCategoryTree(await getDb());
  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Danh mục</h1>
        <Link href="/admin/categories/new" className={buttonClass.primary}>
          + Thêm danh mục
        </Link>
      </div>
      {tree.length === 0 ? (
        <p className="text-stone-700">Chưa có danh mục nào.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {tree.map((c) => (
            <li
              key={c.id}
              className="flex items-center justify-between gap-3 p-3"
              style={{ paddingLeft: `${0.75 + c.depth * 1.5}rem` }}
            >
              <div className="min-w-0">
                {c.depth > 0 && (
                  <span aria-hidden="true" className="mr-1 text-stone-500">
                    └
                  </span>
                )}
                <Link href={`/admin/categories/${c.id}`} className="font-semibold text-brand-800 underline">
                  {c.name}
                </Link>
                <p className="font-mono text-xs text-stone-600">/danh-muc/{c.slug}</p>
              </div>
              <p className="shrink-0 text-right text-sm text-stone-700">
                {c.productCount} sản phẩm
                {c.childCount > 0 && <> · {c.childCount} danh mục con</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
