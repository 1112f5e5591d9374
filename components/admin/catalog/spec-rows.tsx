'use client';

import { TextField } from '@/components/checkout/text-field';
import { buttonClass, SelectField } from '@/components/admin/fields';
import { SPEC_KEYS, SPEC_LABELS } from '@/lib/catalog/specs';
import type { SpecDraft } from '@/lib/catalog-admin/product-draft';

// Specifications as rows of a known key (the storefront labels and orders them, categories filter by
// them) and a free-text value.

const SPEC_OPTIONS = SPEC_KEYS.map((k) => ({ value: k, label: SPEC_LABELS[k] }));

type Props = {
  specs: SpecDraft[];
  errors: Record<string, string>;
  onChange: (index: number, patch: Partial<SpecDraft>) => void;
  onAdd: () => void;
  onRemove: (index: number) => void;
};

export function SpecRows({ specs, errors, onChange, onAdd, onRemove }: Props) {
  const used = new Set(specs.map((s) => s.specKey));
  return (
    <div className="space-y-3">
      <ul className="space-y-3">
        {specs.map((s, i) => (
          <li key={s.key} className="grid grid-cols-1 items-start gap-2 sm:grid-cols-[14rem_1fr_auto]">
            <SelectField
              name={`specs.${i}.key`}
              label={`Thông số ${i + 1}`}
              value={s.specKey}
              onChange={(e) => onChange(i, { specKey: e.target.value })}
              error={errors[`specs.${i}.key`]}
              placeholder="Chọn thông số"
              options={SPEC_OPTIONS.filter((o) => o.value === s.specKey || !used.has(o.value))}
            />
            <TextField
              name={`specs.${i}.value`}
              label={`Giá trị thông số ${i + 1}`}
              optional
              value={s.value}
              onChange={(e) => onChange(i, { value: e.target.value })}
              error={errors[`specs.${i}.value`]}
              maxLength={200}
            />
            <button
              type="button"
              className={`${buttonClass.secondary} sm:mt-6`}
              aria-label={`Xóa thông số ${i + 1}`}
              onClick={() => onRemove(i)}
            >
              Xóa
            </button>
          </li>
        ))}
      </ul>
      {specs.length < SPEC_KEYS.length && (
        <button type="button" className={buttonClass.secondary} onClick={onAdd}>
          + Thêm thông số
        </button>
      )}
    </div>
  );
}
