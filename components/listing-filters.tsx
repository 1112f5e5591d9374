import Link from 'next/link';
import type { Facets } from '@/lib/catalog/dto';
import type { ListingQuery, Sort } from '@/lib/catalog/listing-query';
import { isSpecKey, SPEC_LABELS } from '@/lib/catalog/specs';
import { FilterForm } from './filter-form';

type Props = {
  formId: string;
  /** Public path of the listing, e.g. /danh-muc/loa-bluetooth. */
  action: string;
  query: ListingQuery;
  facets: Facets;
  defaultSort: Sort;
  /** False on a brand page, where the brand is the page itself. */
  showBrands: boolean;
  /** Changes whenever the URL does, so the form remounts and its inputs show the new state. */
  stateKey: string;
};

const fieldClass = 'min-h-11 w-full rounded-md border border-stone-300 bg-white px-2 text-sm';
const legendClass = 'mb-2 text-sm font-semibold';

export function ListingFilters({ formId, action, query, facets, defaultSort, showBrands, stateKey }: Props) {
  const activeCount =
    (query.brand?.length ?? 0) +
    (query.minPrice !== undefined ? 1 : 0) +
    (query.maxPrice !== undefined ? 1 : 0) +
    (query.inStock ? 1 : 0) +
    Object.keys(query.specs).length;

  return (
    <details className="filters-disclosure rounded-lg border border-stone-200 bg-white lg:border-0">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between px-4 font-semibold">
        <span>Bộ lọc{activeCount > 0 ? ` (${activeCount} đang chọn)` : ''}</span>
        <span aria-hidden="true" className="text-stone-600">
          ▾
        </span>
      </summary>
      <FilterForm key={stateKey} id={formId} action={action} defaultSort={defaultSort} className="space-y-5 p-4 lg:p-0">
        <h2 className="hidden text-lg font-semibold lg:block">Bộ lọc</h2>

        {showBrands && facets.brands.length > 0 && (
          <fieldset>
            <legend className={legendClass}>Thương hiệu</legend>
            <ul className="max-h-72 space-y-1 overflow-y-auto">
              {facets.brands.map((b) => {
                const id = `${formId}-brand-${b.slug}`;
                return (
                  <li key={b.slug}>
                    <label htmlFor={id} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
                      <input
                        id={id}
                        type="checkbox"
                        name="brand"
                        value={b.slug}
                        defaultChecked={query.brand?.includes(b.slug) ?? false}
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
              <label htmlFor={`${formId}-min`} className="mb-1 block text-sm text-stone-700">
                Từ
              </label>
              <input
                id={`${formId}-min`}
                type="number"
                name="minPrice"
                inputMode="numeric"
                min={0}
                step={1}
                placeholder={facets.price ? String(facets.price.min) : '0'}
                defaultValue={query.minPrice}
                className={fieldClass}
              />
            </div>
            <div>
              <label htmlFor={`${formId}-max`} className="mb-1 block text-sm text-stone-700">
                Đến
              </label>
              <input
                id={`${formId}-max`}
                type="number"
                name="maxPrice"
                inputMode="numeric"
                min={0}
                step={1}
                placeholder={facets.price ? String(facets.price.max) : ''}
                defaultValue={query.maxPrice}
                className={fieldClass}
              />
            </div>
          </div>
        </fieldset>

        <div>
          <label htmlFor={`${formId}-stock`} className="flex min-h-11 cursor-pointer items-center gap-2 text-sm">
            <input
              id={`${formId}-stock`}
              type="checkbox"
              name="inStock"
              value="1"
              defaultChecked={query.inStock ?? false}
              className="size-5 accent-brand-700"
            />
            Chỉ hiện sản phẩm còn hàng
          </label>
        </div>

        {facets.specs.map((spec) => {
          const id = `${formId}-spec-${spec.key}`;
          return (
            <div key={spec.key}>
              <label htmlFor={id} className={`block ${legendClass}`}>
                {isSpecKey(spec.key) ? SPEC_LABELS[spec.key] : spec.key}
              </label>
              <select id={id} name={spec.key} defaultValue={query.specs[spec.key] ?? ''} className={fieldClass}>
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
          <Link
            href={action}
            className="inline-flex min-h-11 items-center text-sm font-medium text-brand-700 underline"
          >
            Xóa bộ lọc
          </Link>
        </div>
      </FilterForm>
    </details>
  );
}
