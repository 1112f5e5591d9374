import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ImageList } from '@/components/admin/catalog/image-list';
import { ImageUpload, type UploadTargetDto } from '@/components/admin/catalog/image-upload';
import { ProductForm } from '@/components/admin/catalog/product-form';
import { ProductStatusPanel } from '@/components/admin/catalog/product-status-panel';
import { cloudinaryCloudName } from '@/components/seo';
import { requirePermission } from '@/lib/auth/session';
import { CLOUDINARY_FOLDER, uploadTarget } from '@/lib/catalog-admin/image-source';
import { imagesToDrafts, productToDraft } from '@/lib/catalog-admin/product-draft';
import { getAdminProduct, listBrandOptions, listCategoryOptions } from '@/lib/catalog-admin/product-queries';
import { idField } from '@/lib/catalog-admin/schemas';
import { getDb } from '@/lib/db/client';
import {
  addProductImageAction,
  changeProductStatusAction,
  deleteProductImageAction,
  reorderProductImagesAction,
  updateProductAction,
  updateProductImageAltAction,
} from '../actions';

type Props = { params: Promise<{ id: string }> };

async function load(params: Props['params']) {
  const parsed = idField('').safeParse((await params).id);
  if (!parsed.success) return null;
  return getAdminProduct(await getDb(), parsed.data);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await load(params);
  return { title: found ? `Sửa: ${found.product.name}` : 'Không tìm thấy sản phẩm' };
}

export default async function EditProductPage({ params }: Props) {
  const { id } = await params;
  await requirePermission('admin:access', `/admin/products/${id}`);
  const found = await load(params);
  if (!found) notFound();
  const { product } = found;
  const db = await getDb();
  const [categories, brands] = await Promise.all([listCategoryOptions(db), listBrandOptions(db)]);
  const target = uploadTarget();
  const targetDto: UploadTargetDto = target.kind === 'cloudinary' ? { ...target, folder: CLOUDINARY_FOLDER } : target;
  const visible = product.published && product.deletedAt === null;

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <p>
        <Link href="/admin/products" className="inline-flex min-h-11 items-center text-sm underline">
          ‹ Danh sách sản phẩm
        </Link>
      </p>
      <div className="space-y-1">
        <h1 className="text-2xl font-bold">{product.name}</h1>
        <p className="text-sm text-stone-700">
          {visible ? (
            <Link href={`/san-pham/${product.slug}`} className="inline-flex min-h-11 items-center underline">
              Xem trên cửa hàng: /san-pham/{product.slug}
            </Link>
          ) : (
            <>Chưa hiển thị trên cửa hàng.</>
          )}{' '}
          ·{' '}
          <Link href={`/admin/audit?entityType=product&entityId=${product.id}`} className="underline">
            Lịch sử thay đổi
          </Link>
        </p>
      </div>

      <section aria-labelledby="trang-thai" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="trang-thai" className="mb-2 text-lg font-semibold">
          Trạng thái
        </h2>
        <ProductStatusPanel
          productId={product.id}
          published={product.published}
          deleted={product.deletedAt !== null}
          action={changeProductStatusAction}
        />
      </section>

      <section aria-labelledby="anh" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="anh" className="text-lg font-semibold">
          Ảnh sản phẩm
        </h2>
        <ImageList
          productId={product.id}
          images={imagesToDrafts(found.images)}
          cloudName={cloudinaryCloudName()}
          actions={{
            reorder: reorderProductImagesAction,
            alt: updateProductImageAltAction,
            remove: deleteProductImageAction,
          }}
        />
        <ImageUpload productId={product.id} target={targetDto} action={addProductImageAction} />
      </section>

      <ProductForm
        mode="edit"
        productId={product.id}
        action={updateProductAction}
        initial={productToDraft(product, found.variants)}
        categories={categories.map((c) => ({ id: c.id, label: c.label }))}
        brands={brands}
      />
    </div>
  );
}
