'use client';

import Link from 'next/link';
import { controlClass, describedBy, FieldNotes, fieldId, TextField } from '@/components/checkout/text-field';
import { buttonClass, CheckboxField } from '@/components/admin/fields';
import type { VariantDraft } from '@/lib/catalog-admin/product-draft';

// A product's variants: SKU, options (Màu sắc: Đen …), price and compare-at price, and for a new variant
// its initial stock. An existing variant is never removed (orders point at it): unticking "Đang bán"
// stops selling it. Stock of an existing variant is changed on the stock page, with a reason.

type Props = {
  variants: VariantDraft[];
  errors: Record<string, string>;
  onChange: (index: number, patch: Partial<VariantDraft>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

const MAX_OPTIONS = 3;

export function VariantRows({ variants, errors, onChange, onAdd, onRemove }: Props) {
  return (
    <div className="space-y-4">
      {errors.variants && (
        <p className="text-sm font-medium text-brand-800" role="alert">
          {errors.variants}
        </p>
      )}
      <ol className="space-y-4">
        {variants.map((v, i) => {
          const name = (field: string) => `variants.${i}.${field}`;
          const setOption = (j: number, patch: Partial<{ name: string; value: string }>) =>
            onChange(i, { options: v.options.map((o, k) => (k === j ? { ...o, ...patch } : o)) });
          return (
            <li key={v.key} className="rounded-lg border border-stone-200 bg-stone-50 p-4">
              <fieldset className="space-y-3">
                <legend className="font-semibold">
                  Phiên bản {i + 1}
                  {v.id === undefined && <span className="font-normal text-stone-600"> (mới)</span>}
                  {v.id !== undefined && !v.active && <span className="font-normal text-stone-600"> (ngừng bán)</span>}
                </legend>
                {v.id !== undefined && <input type="hidden" name={name('id')} value={v.id} />}
                <div className="grid gap-3 sm:grid-cols-3">
                  <TextField
                    name={name('sku')}
                    label="SKU"
                    value={v.sku}
                    onChange={(e) => onChange(i, { sku: e.target.value })}
                    error={errors[name('sku')]}
                    hint="Mã duy nhất, ví dụ JBL-CHARGE5-BLK."
                    autoCapitalize="characters"
                    spellCheck={false}
                    maxLength={64}
                  />
                  <TextField
                    name={name('price')}
                    label="Giá bán (₫)"
                    value={v.price}
                    onChange={(e) => onChange(i, { price: e.target.value })}
                    error={errors[name('price')]}
                    hint="Ví dụ 1.290.000"
                    inputMode="numeric"
                    maxLength={16}
                  />
                  <TextField
                    name={name('compareAtPrice')}
                    label="Giá gốc (₫)"
                    optional
                    value={v.compareAtPrice}
                    onChange={(e) => onChange(i, { compareAtPrice: e.target.value })}
                    error={errors[name('compareAtPrice')]}
                    hint="Lớn hơn giá bán: hiện là giá trước khi giảm."
                    inputMode="numeric"
                    maxLength={16}
                  />
                </div>
                <fieldset>
                  <legend className="mb-1 text-sm font-semibold">
                    Tùy chọn <span className="font-normal text-stone-600">(ví dụ Màu sắc: Đen)</span>
                  </legend>
                  <ul className="space-y-2">
                    {v.options.map((o, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: option rows have no identity beyond their place
                      <li key={j} className="grid grid-cols-[1fr_1fr_auto] items-start gap-2">
                        <OptionInput
                          name={name(`options.${j}.name`)}
                          label="Tên"
                          context={`tùy chọn ${j + 1}`}
                          value={o.name}
                          onChange={(value) => setOption(j, { name: value })}
                          error={errors[name(`options.${j}.name`)]}
                          placeholder="Màu sắc"
                          maxLength={40}
                        />
                        <OptionInput
                          name={name(`options.${j}.value`)}
                          label="Giá trị"
                          context={`tùy chọn ${j + 1}`}
                          value={o.value}
                          onChange={(value) => setOption(j, { value })}
                          error={errors[name(`options.${j}.value`)]}
                          placeholder="Đen"
                          maxLength={80}
                        />
                        <button
                          type="button"
                          className={`${buttonClass.secondary} mt-6 px-3`}
                          aria-label={`Bỏ tùy chọn ${j + 1} của phiên bản ${i + 1}`}
                          onClick={() => onChange(i, { options: v.options.filter((_, k) => k !== j) })}
                        >
                          ✕
                        </button>
                      </li>
                    ))}
                  </ul>
                  {v.options.length < MAX_OPTIONS && (
                    <button
                      type="button"
                      className={`${buttonClass.secondary} mt-2 text-sm`}
                      onClick={() => onChange(i, { options: [...v.options, { name: '', value: '' }] })}
                    >
                      + Thêm tùy chọn
                    </button>
                  )}
                </fieldset>
                <div className="grid items-end gap-3 sm:grid-cols-2">
                  {v.id === undefined ? (
                    <TextField
                      name={name('initialStock')}
                      label="Tồn kho ban đầu"
                      value={v.initialStock}
                      onChange={(e) => onChange(i, { initialStock: e.target.value })}
                      error={errors[name('initialStock')]}
                      hint="Ghi vào sổ kho là hàng nhập."
                      inputMode="numeric"
                      maxLength={8}
                    />
                  ) : (
                    <p className="text-sm">
                      Tồn kho: <strong className="tabular-nums">{v.stock ?? 0}</strong>{' '}
                      <Link
                        href={`/admin/stock?variant=${v.id}`}
                        className="inline-flex min-h-11 items-center underline"
                      >
                        Điều chỉnh tồn kho
                      </Link>
                    </p>
                  )}
                  <CheckboxField
                    name={name('active')}
                    label="Đang bán"
                    checked={v.active}
                    onChange={(e) => onChange(i, { active: e.target.checked })}
                    error={errors[name('active')]}
                  />
                </div>
                {v.id === undefined && (
                  <button type="button" className={buttonClass.danger} onClick={() => onRemove(i)}>
                    Bỏ phiên bản mới này
                  </button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" className={buttonClass.secondary} onClick={onAdd}>
        + Thêm phiên bản
      </button>
    </div>
  );
}

/** A short visible label ("Tên", "Giá trị") whose accessible name says which option it is. */
function OptionInput({
  name,
  label,
  context,
  value,
  onChange,
  error,
  placeholder,
  maxLength,
}: {
  name: string;
  label: string;
  context: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  placeholder: string;
  maxLength: number;
}) {
  const id = fieldId(name);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold">
        {label}
        <span className="sr-only"> {context}</span>
      </label>
      <input
        id={id}
        name={name}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        maxLength={maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        className={controlClass(error)}
      />
      <FieldNotes id={id} error={error} />
    </div>
  );
}
