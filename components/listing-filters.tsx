import type { Facets } from '@/lib/catalog/dto';
import type { ListingQuery, Sort } from '@/lib/catalog/listing-query';
import { isSpecKey, SPEC_LABELS } from '@/lib/catalog/specs';
import { ListingFilterForm } from './listing-filter-form';

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

// The disclosure around the form is server-rendered; the fields are rendered on the client from the facets
// (components/listing-filter-form.tsx).

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
      <ListingFilterForm
        key={stateKey}
        id={formId}
        action={action}
        defaultSort={defaultSort}
        brands={showBrands && facets.brands.length > 0 ? facets.brands : null}
        price={facets.price}
        specs={facets.specs.map((spec) => ({
          key: spec.key,
          label: isSpecKey(spec.key) ? SPEC_LABELS[spec.key] : spec.key,
          values: spec.values,
        }))}
        selected={{
          brand: query.brand ?? [],
          minPrice: query.minPrice ?? null,
          maxPrice: query.maxPrice ?? null,
          inStock: query.inStock ?? false,
          specs: query.specs,
        }}
      />
    </details>
  );
}
