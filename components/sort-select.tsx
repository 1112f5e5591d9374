'use client';

import type { Sort } from '@/lib/catalog/listing-query';

// Lives above the results but belongs to the filter form (the `form` attribute), so one submission carries
// the filters and the sort together. A select outside the <form> element does not bubble its change event
// to it, hence requestSubmit here.

// Labels come in as props: importing SORT_LABELS here would ship the listing schema (and zod) to the browser.
type Props = { formId: string; value: Sort; options: { value: Sort; label: string }[] };

export function SortSelect({ formId, value, options }: Props) {
  const id = `${formId}-sort`;
  return (
    <div className="flex items-center gap-2">
      <label htmlFor={id} className="text-sm text-stone-700">
        Sắp xếp
      </label>
      <select
        id={id}
        name="sort"
        form={formId}
        defaultValue={value}
        onChange={(e) => e.currentTarget.form?.requestSubmit()}
        className="min-h-11 rounded-md border border-stone-300 bg-white px-2 text-sm"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" form={formId} className="min-h-11 rounded-md border border-stone-300 px-3 text-sm">
          Sắp xếp
        </button>
      </noscript>
    </div>
  );
}
