import type { Metadata } from 'next';
import Link from 'next/link';
import { buttonClass } from '@/components/admin/fields';
import { controlClass } from '@/components/checkout/text-field';
import { Pagination } from '@/components/pagination';
import { ProductImage } from '@/components/product-image';
import { cloudinaryCloudName } from '@/components/seo';
import { requirePermission } from '@/lib/auth/session';
import {
  adminProductsHref,
  PRODUCT_STATUS_LABELS,
  PRODUCT_STATUSES,
  parseAdminProductFilter,
} from '@/lib/catalog-admin/product-filter';
import { listAdminProducts, listBrandOptions, listCategoryOptions } from '@/lib/catalog-admin/product-queries';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';

export const metadata: Metadata = { title: 'Sản phẩm' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const labelClass = 'mb-1 block text-sm font-semibold';

function StatusBadge({ published, deleted }: { published: boolean; deleted: boolean }) {
  const [text, style] = deleted
    ? ['Đã xóa', 'bg-stone-200 text-stone-800']
    : published
      ? ['Đang hiển thị', 'bg-emerald-100 text-emerald-900']
      : ['Đang ẩn', 'bg-amber-100 text-amber-900'];
  return <span className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${style}`}>{text}</span>;
}

export default async function AdminProductsPage({ searchParams }: Props) {
  await requirePermission('admin:access', '/admin/products');
  const filter = parseAdminProductFilter(await searchParams);
  const db = await getDb();
  const [result, categories, brands] = await Promise.all([
    listAdminProducts(db, filter),
    listCategoryOptions(db),
    listBrandOptions(db),
  ]);
  const totalPages = Math.max(1, Math.ceil(result.total / result.limit));
  const cloudName = cloudinaryCloudName();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">Sản phẩm</h1>
        <Link href="/admin/products/new" className={buttonClass.primary}>
          + Thêm sản phẩm
        </Link>
      </div>

      <form
        method="get"
        action="/admin/products"
        aria-label="Lọc sản phẩm"
        className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-2 lg:grid-cols-6"
      >
        <div className="sm:col-span-2">
          <label htmlFor="f-q" className={labelClass}>
            Tìm theo tên hoặc SKU
          </label>
          <input
            id="f-q"
            name="q"
            type="search"
            defaultValue={filter.q ?? ''}
            placeholder="tai nghe chong on, JBL-CHARGE5…"
            className={controlClass()}
            maxLength={100}
          />
        </div>
        <div>
          <label htmlFor="f-category" className={labelClass}>
            Danh mục
          </label>
          <select id="f-category" name="category" defaultValue={filter.category ?? ''} className={controlClass()}>
            <option value="">Tất cả</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-brand" className={labelClass}>
            Thương hiệu
          </label>
          <select id="f-brand" name="brand" defaultValue={filter.brand ?? ''} className={controlClass()}>
            <option value="">Tất cả</option>
            {brands.map((b) => (
              <option key={b.id} value={b.id}>
                {b.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className={labelClass}>
            Trạng thái
          </label>
          <select id="f-status" name="status" defaultValue={filter.status} className={controlClass()}>
            {PRODUCT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {PRODUCT_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-stock" className={labelClass}>
            Tồn kho
          </label>
          <select id="f-stock" name="stock" defaultValue={filter.stock ?? ''} className={controlClass()}>
            <option value="">Tất cả</option>
            <option value="in">Còn hàng</option>
            <option value="out">Hết hàng</option>
          </select>
        </div>
        <div className="flex items-end gap-2 sm:col-span-2 lg:col-span-6">
          <button type="submit" className={buttonClass.primary}>
            Lọc
          </button>
          <Link href="/admin/products" className={buttonClass.secondary}>
            Xóa bộ lọc
          </Link>
        </div>
      </form>

      <p className="text-sm text-stone-700" role="status">
        {result.total.toLocaleString('vi-VN')} sản phẩm
      </p>
      {result.items.length === 0 ? (
        <p className="rounded-lg border border-stone-200 bg-white p-6 text-center text-stone-700">
          Không có sản phẩm nào khớp bộ lọc.
        </p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {result.items.map((p) => (
            <li key={p.id} className="flex items-start gap-3 p-3">
              <div className="size-14 shrink-0 overflow-hidden rounded-md border border-stone-200 bg-stone-50">
                <ProductImage
                  image={p.image}
                  cloudName={cloudName}
                  sizes="56px"
                  decorative
                  className="h-full w-full object-contain"
                />
              </div>
              <div className="min-w-0 flex-1">
                <Link href={`/admin/products/${p.id}`} className="font-semibold text-brand-800 underline">
                  {p.name}
                </Link>
                <p className="truncate font-mono text-xs text-stone-600">{p.skus || 'Chưa có SKU'}</p>
                <p className="text-sm text-stone-700">
                  {p.categoryName} · {p.brandName}
                </p>
              </div>
              <div className="shrink-0 space-y-1 text-right text-sm">
                <p className="font-semibold tabular-nums">{formatVnd(p.priceMin)}</p>
                <p className={`tabular-nums ${p.stock === 0 ? 'font-semibold text-brand-800' : 'text-stone-700'}`}>
                  Tồn: {p.stock}
                </p>
                <StatusBadge published={p.published} deleted={p.deleted} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination
        page={filter.page}
        totalPages={totalPages}
        hrefFor={(page) => adminProductsHref({ ...filter, page })}
      />
    </div>
  );
}
