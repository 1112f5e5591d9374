'use client';

import { useActionState } from 'react';
import { ActionAlert, fieldErrorsOf } from '@/components/admin/action-alert';
import { buttonClass, SelectField } from '@/components/admin/fields';
import { useDraft } from '@/components/admin/use-draft';
import { TextAreaField, TextField } from '@/components/checkout/text-field';
import { IDLE } from '@/components/admin/action-alert';
import type { ActionState } from '@/lib/admin/action';
import { SPEC_KEYS, SPEC_LABELS } from '@/lib/catalog/specs';

// A category: name, slug, place in the tree (parent and order), search synonyms, the specs its listing
// offers as filters, and SEO text.

export type CategoryFormValues = {
  name: string;
  slug: string;
  parentId: string;
  description: string;
  keywords: string;
  filterSpecs: string[];
  sortOrder: string;
  seoTitle: string;
  seoDescription: string;
};

type Props = {
  id?: number;
  initial: CategoryFormValues;
  /** Possible parents (the category itself and its sub-categories left out). */
  parents: { id: number; label: string }[];
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

type TextKey = Exclude<keyof CategoryFormValues, 'filterSpecs'>;

export function CategoryForm({ id, initial, parents, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const [draft, setDraft] = useDraft(initial);
  const errors = fieldErrorsOf(state);
  const bind = (name: TextKey) => ({
    name,
    value: draft[name],
    error: errors[name],
    onChange: (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [name]: e.target.value })),
  });
  const toggle = (key: string, on: boolean) =>
    setDraft((d) => ({ ...d, filterSpecs: on ? [...d.filterSpecs, key] : d.filterSpecs.filter((k) => k !== key) }));
  return (
    <form
      action={formAction}
      noValidate
      aria-busy={pending}
      className="space-y-4 rounded-lg border border-stone-200 bg-white p-4"
    >
      <ActionAlert state={state} />
      {id !== undefined && <input type="hidden" name="id" value={id} />}
      <TextField {...bind('name')} label="Tên danh mục" maxLength={120} />
      <TextField
        {...bind('slug')}
        label="Đường dẫn"
        optional
        hint="Để trống để tạo từ tên (không dấu): /danh-muc/…"
        spellCheck={false}
        maxLength={140}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          {...bind('parentId')}
          label="Danh mục cha"
          placeholder="(Danh mục gốc)"
          options={parents.map((p) => ({ value: String(p.id), label: p.label }))}
        />
        <TextField {...bind('sortOrder')} label="Thứ tự" hint="Số nhỏ đứng trước." inputMode="numeric" maxLength={5} />
      </div>
      <TextAreaField {...bind('description')} label="Mô tả" optional rows={3} maxLength={1000} />
      <TextAreaField
        {...bind('keywords')}
        label="Từ khóa tìm kiếm"
        optional
        rows={2}
        hint="Từ đồng nghĩa, cách viết khác (có và không dấu): sản phẩm trong danh mục được tìm thấy bằng các từ này."
        maxLength={1000}
      />
      <fieldset>
        <legend className="mb-1 text-sm font-semibold">Bộ lọc theo thông số</legend>
        <p className="mb-2 text-xs text-stone-600">Tối đa 6, hiện ở trang danh mục.</p>
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          {SPEC_KEYS.map((key) => (
            <label key={key} className="flex min-h-11 cursor-pointer items-center gap-3">
              <input
                type="checkbox"
                name="filterSpecs"
                value={key}
                checked={draft.filterSpecs.includes(key)}
                onChange={(e) => toggle(key, e.target.checked)}
                className="size-5 accent-brand-700"
              />
              {SPEC_LABELS[key]}
            </label>
          ))}
        </div>
        {errors.filterSpecs && <p className="mt-1 text-sm font-medium text-brand-800">{errors.filterSpecs}</p>}
      </fieldset>
      <TextField {...bind('seoTitle')} label="Tiêu đề SEO" optional maxLength={120} />
      <TextAreaField {...bind('seoDescription')} label="Mô tả SEO" optional rows={2} maxLength={320} />
      <button type="submit" disabled={pending} className={buttonClass.primary}>
        {pending ? 'Đang lưu…' : id === undefined ? 'Tạo danh mục' : 'Lưu danh mục'}
      </button>
    </form>
  );
}
