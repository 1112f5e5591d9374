'use client';

import { useState } from 'react';
import type { VariantDto } from '@/lib/catalog/dto';
import { AddToCart } from './cart/add-to-cart';
import { Price } from './price';

// Option buttons per option name (e.g. "Màu sắc", "Phiên bản"), the selected variant's price and stock, and the
// quantity and add-to-cart button for that variant (reset when another variant is chosen).

const LOW_STOCK = 5;

type Props = { variants: VariantDto[] };

function optionNamesOf(variants: VariantDto[]): string[] {
  const names: string[] = [];
  for (const v of variants) for (const name of Object.keys(v.options)) if (!names.includes(name)) names.push(name);
  return names;
}

function valuesOf(variants: VariantDto[], name: string): string[] {
  const values: string[] = [];
  for (const v of variants) {
    const value = v.options[name];
    if (value !== undefined && !values.includes(value)) values.push(value);
  }
  return values;
}

function matches(variant: VariantDto, selection: Record<string, string>, names: string[]): boolean {
  return names.every((n) => variant.options[n] === selection[n]);
}

export function StockState({ stock }: { stock: number }) {
  if (stock <= 0) return <p className="font-medium text-stone-700">Hết hàng</p>;
  if (stock <= LOW_STOCK) return <p className="font-medium text-amber-800">Chỉ còn {stock} sản phẩm</p>;
  return <p className="font-medium text-green-800">Còn hàng</p>;
}

export function VariantPicker({ variants }: Props) {
  const names = optionNamesOf(variants);
  const initial = variants.find((v) => v.stock > 0) ?? variants[0];
  const [selection, setSelection] = useState<Record<string, string>>(initial?.options ?? {});
  const current = variants.find((v) => matches(v, selection, names)) ?? initial;

  if (!current) return <p className="font-medium text-stone-700">Sản phẩm tạm ngừng kinh doanh.</p>;

  function choose(name: string, value: string) {
    const wanted = { ...selection, [name]: value };
    const exact = variants.find((v) => matches(v, wanted, names));
    // When the combination does not exist, keep the clicked value and take the closest variant that has it.
    const fallback =
      variants.find((v) => v.options[name] === value && v.stock > 0) ?? variants.find((v) => v.options[name] === value);
    const next = exact ?? fallback;
    if (next) setSelection(next.options);
  }

  return (
    <div className="space-y-4">
      <div aria-live="polite" className="space-y-1">
        <Price price={current.price} compareAtPrice={current.compareAtPrice} size="lg" />
        <StockState stock={current.stock} />
        <p className="text-sm text-stone-600">Mã sản phẩm: {current.sku}</p>
      </div>

      {names.map((name) => (
        <fieldset key={name}>
          <legend className="mb-2 text-sm font-semibold">
            {name}: <span className="font-normal">{current.options[name]}</span>
          </legend>
          <div className="flex flex-wrap gap-2">
            {valuesOf(variants, name).map((value) => {
              const selected = current.options[name] === value;
              const candidate = variants.find((v) => matches(v, { ...current.options, [name]: value }, names));
              const soldOut = candidate
                ? candidate.stock <= 0
                : !variants.some((v) => v.options[name] === value && v.stock > 0);
              return (
                <button
                  key={value}
                  type="button"
                  aria-pressed={selected}
                  onClick={() => choose(name, value)}
                  className={`min-h-11 rounded-md border-2 px-4 text-sm font-medium ${soldOut ? 'line-through' : ''} ${
                    selected
                      ? 'border-brand-700 bg-brand-50 text-brand-800'
                      : `border-stone-300 hover:border-stone-500 ${soldOut ? 'text-stone-600' : ''}`
                  }`}
                >
                  {value}
                  {soldOut && <span className="sr-only"> (hết hàng)</span>}
                </button>
              );
            })}
          </div>
        </fieldset>
      ))}

      <AddToCart key={current.id} variantId={current.id} stock={current.stock} />
    </div>
  );
}
