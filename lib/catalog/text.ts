// Vietnamese text helpers shared by search, slugs and tests. Pure functions: safe on client and server.

/** Lower-case, strip diacritics (đ -> d): the same folding the database does with f_unaccent + lower. */
export function foldVietnamese(input: string): string {
  return input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** SEO slug without diacritics: 'Tai nghe chống ồn Sony WH-1000XM5' -> 'tai-nghe-chong-on-sony-wh-1000xm5'. */
export function slugify(input: string): string {
  return foldVietnamese(input)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/g, '');
}

export const MAX_SEARCH_TOKENS = 8;

/** Search words of a query: folded, ASCII letters and digits only, at most MAX_SEARCH_TOKENS. */
export function searchTokens(query: string): string[] {
  return (foldVietnamese(query).match(/[a-z0-9]+/g) ?? []).slice(0, MAX_SEARCH_TOKENS).map((t) => t.slice(0, 40));
}

/**
 * A tsquery for PostgreSQL's `simple` configuration; every word must match. Tokens are [a-z0-9]+ so
 * nothing in the string can be read as tsquery syntax. `prefix` lets the last word be unfinished.
 */
export function toTsQuery(tokens: string[], prefix = false): string | null {
  if (tokens.length === 0) return null;
  return tokens.map((t, i) => (prefix && i === tokens.length - 1 ? `${t}:*` : t)).join(' & ');
}
