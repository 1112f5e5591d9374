'use client';

import Link from 'next/link';
import { FilterForm } from './filter-form';

// The listing's filter fields, rendered here from the facets (components/listing-filters.tsx passes them): as
// children of a server component they would travel twice, as HTML and again, field by field, in the page's RSC
// payload; from here the payload carries the brands, prices and spec values once, as data.

type Props = {
  id: string;
  action: string;
  defaultSort: string;
  /** null: no brand filter (a brand page, or no brands to choose from). */
  brands: { slug: string; name: string; count: number }[] | null;
  price: { min: number; max: number } | null;
  specs: { key: string; label: string; values: { value: string; count: number }[] }[];
  /** The filters in the URL. */
  selected: {
    brand: string[];
    minPrice: number | null;
    maxPrice: number | null;
    inStock: boolean;
    specs: Record<string, string>;
  };
};

const fieldClass = 'min-h-11 w-full rounded-md border border-stone-300 bg-white px-2 text-sm';
const legendClass = 'mb-2 text-sm font-semibold';

export function ListingFilterForm({ id, action, defaultSort, brands, price, specs, selected }: Props) {
  return (
    <FilterForm id={id} action={action} defaultSort={defaultSort} className="space-y-5 p-4 lg:p-0">
      <h2 className="hidden text-lg font-semibold lg:block">Bộ lọc</h2>

      {brands && (
        <fieldset>
          <legend className={legendClass}>Thương hiệu</legend>
          <ul className="max-h-72 space-y-1 overflow-y-auto">
            {brands.map((b) => {
              const brandId = `${id}-brand-${b.slug}`;
              return (
                <li key={b.slug}>
                  <label htmlFor={brandId} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
                    <input
                      id={brandId}
                      type="checkbox"
                      name="brand"
                      value={b.slug}
                      defaultChecked={selected.brand.includes(b.slug)}
                      className="size-5 accent-brand-700"
                    />
                    {b.name} <span className="text-stone-600">({b.count})</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      )}

      <fieldset>
        <legend className={legendClass}>Khoảng giá (₫)</legend>
        <div className="grid grid-cols-2 gap-2">
          <div>
            <label htmlFor={`${id}-min`} className="mb-1 block text-sm text-stone-700">
              Từ
            </label>
            <input
              id={`${id}-min`}
              type="number"
              name="minPrice"
              inputMode="numeric"
              min={0}
              step={1}
              placeholder={price ? String(price.min) : '0'}
              defaultValue={selected.minPrice ?? undefined}
              className={fieldClass}
            />
          </div>
          <div>
            <label htmlFor={`${id}-max`} className="mb-1 block text-sm text-stone-700">
              Đến
            </label>
            <input
              id={`${id}-max`}
              type="number"
              name="maxPrice"
              inputMode="numeric"
              min={0}
              step={1}
              placeholder={price ? String(price.max) : ''}
              defaultValue={selected.maxPrice ?? undefined}
              className={fieldClass}
            />
          </div>
        </div>
      </fieldset>

      <div>
        <label htmlFor={`${id}-stock`} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
          <input
            id={`${id}-stock`}
            type="checkbox"
            name="inStock"
            value="1"
            defaultChecked={selected.inStock}
            className="size-5 accent-brand-700"
          />
          Chỉ hiện sản phẩm còn hàng
        </label>
      </div>

      {specs.map((spec) => {
        const specId = `${id}-spec-${spec.key}`;
        return (
          <div key={spec.key}>
            <label htmlFor={specId} className={`block ${legendClass}`}>
              {spec.label}
            </label>
            <select id={specId} name={spec.key} defaultValue={selected.specs[spec.key] ?? ''} className={fieldClass}>
              <option value="">Tất cả</option>
              {spec.values.map((v) => (
                <option key={v.value} value={v.value}>
                  {v.value} ({v.count})
                </option>
              ))}
            </select>
          </div>
        );
      })}

      <div className="flex flex-wrap items-center gap-3">
        <button
          type="submit"
          className="min-h-11 rounded-md bg-brand-700 px-5 text-sm font-semibold text-white hover:bg-brand-800"
        >
          Áp dụng
        </button>
        <Link href={action} className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline">
          Xóa bộ lọc
        </Link>
      </div>
    </FilterForm>
  );
}
