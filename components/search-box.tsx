'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import type { SuggestionDto } from '@/lib/catalog/dto';
import { formatVnd } from '@/lib/money';
import { ProductImage } from './product-image';

// A plain GET form to /tim-kiem (works without JavaScript), enhanced into a combobox: suggestions are fetched
// 200 ms after typing stops, older requests are aborted, and focus stays in the input while arrow keys move
// through the options (aria-activedescendant), per the WAI-ARIA combobox pattern.

const DEBOUNCE_MS = 200;
const MIN_CHARS = 2;

function isSuggestion(v: unknown): v is SuggestionDto {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return typeof o.slug === 'string' && typeof o.name === 'string' && typeof o.price === 'number';
}

type Props = {
  cloudName?: string;
  defaultValue?: string;
  id?: string /** Names the search landmark; unique per page. */;
  label?: string;
};

export function SearchBox({ cloudName, defaultValue = '', id, label = 'Tìm kiếm sản phẩm' }: Props) {
  const router = useRouter();
  const generatedId = useId();
  const baseId = id ?? generatedId;
  const inputId = `${baseId}-q`;
  const listId = `${baseId}-list`;
  const [value, setValue] = useState(defaultValue);
  const [items, setItems] = useState<SuggestionDto[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const blurTimer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => {
    const q = value.trim();
    if (q.length < MIN_CHARS) {
      setItems([]);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`/api/search/suggest?q=${encodeURIComponent(q)}`, { signal: controller.signal });
        if (!res.ok) return;
        const body: unknown = await res.json();
        const list = (body as { items?: unknown }).items;
        setItems(Array.isArray(list) ? list.filter(isSuggestion).slice(0, 8) : []);
        setActive(-1);
      } catch {
        // Aborted by newer typing, or offline: suggestions are a convenience, the form still submits.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value]);

  useEffect(() => () => clearTimeout(blurTimer.current), []);

  const expanded = open && items.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const last = items.length - 1;
      const down = event.key === 'ArrowDown';
      setActive((i) => (down ? (i >= last ? 0 : i + 1) : i <= 0 ? last : i - 1));
    } else if (event.key === 'Enter') {
      const item = expanded ? items[active] : undefined;
      if (item) {
        event.preventDefault();
        setOpen(false);
        router.push(`/san-pham/${item.slug}`);
      }
    } else if (event.key === 'Escape') {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  }

  return (
    <search aria-label={label} className="relative block w-full">
      <form action="/tim-kiem" method="get">
        <label htmlFor={inputId} className="sr-only">
          Tìm kiếm sản phẩm
        </label>
        <div className="flex">
          <input
            id={inputId}
            type="search"
            name="q"
            value={value}
            onChange={(e) => {
              setValue(e.target.value);
              setOpen(true);
            }}
            onKeyDown={onKeyDown}
            onFocus={() => setOpen(true)}
            onBlur={() => {
              // Delayed so that a click on a suggestion lands before the list closes.
              blurTimer.current = setTimeout(() => setOpen(false), 150);
            }}
            placeholder="Tìm loa, tai nghe, ampli…"
            autoComplete="off"
            maxLength={200}
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            className="min-h-11 w-full min-w-0 rounded-l-md border border-r-0 border-stone-300 bg-white px-3 text-base"
          />
          <button
            type="submit"
            className="min-h-11 shrink-0 rounded-r-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800"
          >
            Tìm
          </button>
        </div>
        <div
          id={listId}
          role="listbox"
          aria-label="Gợi ý sản phẩm"
          hidden={!expanded}
          className="absolute inset-x-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-stone-200 bg-white py-1 shadow-lg"
        >
          {items.map((item, i) => (
            // An <a> may take the option role: the suggestion stays a real link (middle-click, prefetch).
            <Link
              key={item.slug}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              tabIndex={-1}
              href={`/san-pham/${item.slug}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => setOpen(false)}
              className={`flex min-h-11 items-center gap-3 px-3 py-2 text-sm ${i === active ? 'bg-brand-50' : 'hover:bg-stone-50'}`}
            >
              <span className="size-10 shrink-0 overflow-hidden rounded bg-stone-50">
                <ProductImage
                  image={item.image}
                  cloudName={cloudName}
                  sizes="40px"
                  decorative
                  className="size-10 object-contain"
                />
              </span>
              <span className="min-w-0 flex-1 truncate">{item.name}</span>
              <span className="sr-only">, giá </span>
              <span className="shrink-0 font-semibold text-brand-700">{formatVnd(item.price)}</span>
            </Link>
          ))}
        </div>
        <p className="sr-only" role="status" aria-live="polite">
          {expanded ? `${items.length} gợi ý. Dùng phím mũi tên để chọn.` : ''}
        </p>
      </form>
    </search>
  );
}
