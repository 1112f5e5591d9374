'use client';

import { useRouter } from 'next/navigation';
import { type ChangeEvent, type FormEvent, type ReactNode, useEffect, useTransition } from 'react';

// Progressive enhancement of a plain GET form: without JavaScript the browser submits it as it is; with it,
// the query is tidied first (brands joined into one comma-separated `brand`, empty fields and the default sort
// left out) and the listing is navigated to without a full page load. Checkboxes and selects apply at once;
// price fields wait for "Áp dụng" so that typing a number does not reload the list on every digit.

// The listing remounts this form (it is keyed by the URL) so that its inputs show the new state, including after
// "Xóa bộ lọc" or the back button. That would drop keyboard focus on every applied filter; the id of the control
// that triggered the navigation is kept here and focused again once the new form is in place.
let focusAfterNavigation: string | null = null;

type Props = { id: string; action: string; defaultSort: string; className?: string; children: ReactNode };

// Same key order as listingSearchParams (lib/catalog/listing-query.ts), so the address bar shows the canonical URL;
// spec keys sort alphabetically between inStock and sort. Not imported from there: that module pulls zod in.
const LEADING_KEYS = ['q', 'brand', 'minPrice', 'maxPrice', 'inStock'];
const TRAILING_KEYS = ['sort'];
const rank = (key: string) =>
  LEADING_KEYS.includes(key)
    ? LEADING_KEYS.indexOf(key)
    : TRAILING_KEYS.includes(key)
      ? LEADING_KEYS.length + 1 + TRAILING_KEYS.indexOf(key)
      : LEADING_KEYS.length;

function tidyQuery(form: HTMLFormElement, defaultSort: string): string {
  const values = new Map<string, string>();
  const brands: string[] = [];
  for (const [key, raw] of new FormData(form)) {
    if (typeof raw !== 'string') continue;
    const value = raw.trim();
    if (value === '' || (key === 'sort' && value === defaultSort)) continue;
    if (key === 'brand') brands.push(value);
    else values.set(key, value);
  }
  if (brands.length > 0) values.set('brand', brands.sort().join(','));
  const keys = [...values.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  return new URLSearchParams(keys.map((k) => [k, values.get(k) ?? ''])).toString();
}

export function FilterForm({ id, action, defaultSort, className, children }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (focusAfterNavigation === null) return;
    document.getElementById(focusAfterNavigation)?.focus();
    focusAfterNavigation = null;
  }, []);

  function navigate(form: HTMLFormElement) {
    const qs = tidyQuery(form, defaultSort);
    focusAfterNavigation = document.activeElement?.id || null;
    startTransition(() => router.push(qs ? `${action}?${qs}` : action, { scroll: false }));
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(event.currentTarget);
  }

  function onChange(event: ChangeEvent<HTMLFormElement>) {
    const target = event.target as EventTarget;
    const applyNow =
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && (target.type === 'checkbox' || target.type === 'radio'));
    if (applyNow) navigate(event.currentTarget);
  }

  return (
    <form
      id={id}
      action={action}
      method="get"
      onSubmit={onSubmit}
      onChange={onChange}
      aria-busy={pending}
      className={`${className ?? ''} ${pending ? 'opacity-70' : ''}`}
    >
      {children}
    </form>
  );
}
