// Reading /admin query strings leniently: a hand-edited or stale URL shows the first page, never an error.

export type SearchParams = Record<string, string | string[] | undefined>;

export const firstParam = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);

/** A positive integer (an id) or null. */
export function positiveIntParam(v: string | string[] | undefined): number | null {
  const raw = firstParam(v);
  if (!raw || !/^\d{1,9}$/.test(raw)) return null;
  const n = Number(raw);
  return n > 0 ? n : null;
}

export function pageParam(v: string | string[] | undefined, max = 10_000): number {
  return Math.min(positiveIntParam(v) ?? 1, max);
}
