'use client';

import { useActionState } from 'react';
import { ActionAlert, fieldErrorsOf } from '@/components/admin/action-alert';
import { buttonClass, CheckboxField, SelectField } from '@/components/admin/fields';
import { useDraft } from '@/components/admin/use-draft';
import { TextAreaField, TextField } from '@/components/checkout/text-field';
import { IDLE } from '@/components/admin/action-alert';
import type { ActionState } from '@/lib/admin/action';
import { slugify } from '@/lib/catalog/text';
import {
  newVariantDraft,
  type ProductDraft,
  type SpecDraft,
  type VariantDraft,
} from '@/lib/catalog-admin/product-draft';
import { SpecRows } from './spec-rows';
import { VariantRows } from './variant-rows';

// Create or edit a product. The form is controlled (rows come and go), so what was typed survives a
// refused submission; after a successful save the page sends the saved state back and the form takes it
// (new variants get their ids). Saves elsewhere on the page (images, status) leave what is typed alone:
// only a different saved product replaces it.

type Option = { id: number; label: string };

type Props = {
  mode: 'create' | 'edit';
  productId?: number;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  initial: ProductDraft;
  categories: Option[];
  brands: Option[];
};

let nextKey = 0;
const freshKey = (prefix: string) => `${prefix}-new-${++nextKey}`;

export function ProductForm({ mode, productId, action, initial, categories, brands }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [draft, setDraft] = useDraft(initial);

  const errors = fieldErrorsOf(state);
  const set = <K extends keyof ProductDraft>(key: K, value: ProductDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const setVariant = (i: number, patch: Partial<VariantDraft>) =>
    setDraft((d) => ({ ...d, variants: d.variants.map((v, k) => (k === i ? { ...v, ...patch } : v)) }));
  const setSpec = (i: number, patch: Partial<SpecDraft>) =>
    setDraft((d) => ({ ...d, specs: d.specs.map((s, k) => (k === i ? { ...s, ...patch } : s)) }));
  const slugPreview = slugify(draft.slug || draft.name);

  return (
    <form action={formAction} noValidate aria-busy={pending} className="space-y-8">
      {productId !== undefined && <input type="hidden" name="id" value={productId} />}
      <ActionAlert state={state} />

      <section aria-labelledby="thong-tin" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="thong-tin" className="text-lg font-semibold">
          Thông tin chung
        </h2>
        <TextField
          name="name"
          label="Tên sản phẩm"
          value={draft.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
          maxLength={200}
        />
        <TextField
          name="slug"
          label="Đường dẫn"
          optional
          value={draft.slug}
          onChange={(e) => set('slug', e.target.value)}
          error={errors.slug}
          hint={
            <>
              Để trống để tạo từ tên (không dấu). Địa chỉ:{' '}
              <code className="break-all">/san-pham/{slugPreview || '…'}</code>
            </>
          }
          spellCheck={false}
          maxLength={140}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="categoryId"
            label="Danh mục"
            value={draft.categoryId}
            onChange={(e) => set('categoryId', e.target.value)}
            error={errors.categoryId}
            placeholder="Chọn danh mục"
            options={categories.map((c) => ({ value: String(c.id), label: c.label }))}
          />
          <SelectField
            name="brandId"
            label="Thương hiệu"
            value={draft.brandId}
            onChange={(e) => set('brandId', e.target.value)}
            error={errors.brandId}
            placeholder="Chọn thương hiệu"
            options={brands.map((b) => ({ value: String(b.id), label: b.label }))}
          />
        </div>
        <TextAreaField
          name="shortDescription"
          label="Mô tả ngắn"
          optional
          rows={2}
          value={draft.shortDescription}
          onChange={(e) => set('shortDescription', e.target.value)}
          error={errors.shortDescription}
          hint="Một câu, hiện cạnh giá và trong kết quả tìm kiếm."
          maxLength={500}
        />
        <TextAreaField
          name="description"
          label="Mô tả chi tiết"
          optional
          rows={8}
          value={draft.description}
          onChange={(e) => set('description', e.target.value)}
          error={errors.description}
          hint="Cách đoạn bằng một dòng trống."
          maxLength={20000}
        />
      </section>

      <section aria-labelledby="phien-ban" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="phien-ban" className="text-lg font-semibold">
          Phiên bản và giá
        </h2>
        <VariantRows
          variants={draft.variants}
          errors={errors}
          onChange={setVariant}
          onAdd={() => setDraft((d) => ({ ...d, variants: [...d.variants, newVariantDraft(freshKey('v'))] }))}
          onRemove={(i) => setDraft((d) => ({ ...d, variants: d.variants.filter((_, k) => k !== i) }))}
        />
      </section>

      <section aria-labelledby="thong-so" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="thong-so" className="text-lg font-semibold">
          Thông số kỹ thuật
        </h2>
        <SpecRows
          specs={draft.specs}
          errors={errors}
          onChange={setSpec}
          onAdd={() => setDraft((d) => ({ ...d, specs: [...d.specs, { key: freshKey('s'), specKey: '', value: '' }] }))}
          onRemove={(i) => setDraft((d) => ({ ...d, specs: d.specs.filter((_, k) => k !== i) }))}
        />
      </section>

      <section aria-labelledby="seo" className="space-y-4 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="seo" className="text-lg font-semibold">
          SEO
        </h2>
        <TextField
          name="seoTitle"
          label="Tiêu đề SEO"
          optional
          value={draft.seoTitle}
          onChange={(e) => set('seoTitle', e.target.value)}
          error={errors.seoTitle}
          hint={`Để trống: dùng tên sản phẩm. Nên dưới 60 ký tự (hiện có ${draft.seoTitle.length}).`}
          maxLength={120}
        />
        <TextAreaField
          name="seoDescription"
          label="Mô tả SEO"
          optional
          rows={3}
          value={draft.seoDescription}
          onChange={(e) => set('seoDescription', e.target.value)}
          error={errors.seoDescription}
          hint={`Để trống: dùng mô tả ngắn. Nên dưới 160 ký tự (hiện có ${draft.seoDescription.length}).`}
          maxLength={320}
        />
      </section>

      <section aria-labelledby="hien-thi" className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="hien-thi" className="text-lg font-semibold">
          Hiển thị
        </h2>
        <CheckboxField
          name="featured"
          label="Sản phẩm nổi bật (trang chủ)"
          checked={draft.featured}
          onChange={(e) => set('featured', e.target.checked)}
          error={errors.featured}
        />
        {mode === 'create' && (
          <CheckboxField
            name="published"
            label="Hiển thị ngay trên cửa hàng"
            checked={draft.published}
            onChange={(e) => set('published', e.target.checked)}
            error={errors.published}
            hint="Có thể để ẩn, thêm ảnh rồi mới hiển thị."
          />
        )}
      </section>

      <div className="sticky bottom-0 -mx-4 border-t border-stone-200 bg-stone-50/95 px-4 py-3 lg:static lg:mx-0 lg:border-0 lg:bg-transparent lg:p-0">
        <button type="submit" disabled={pending} className={`${buttonClass.primary} w-full sm:w-auto`}>
          {pending ? 'Đang lưu…' : mode === 'create' ? 'Tạo sản phẩm' : 'Lưu thay đổi'}
        </button>
      </div>
    </form>
  );
}
