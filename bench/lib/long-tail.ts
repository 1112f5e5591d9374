import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Client } from 'pg';
import { type LoadResult, measure } from './load';

// Long-tail load: every request asks for a different URL, as shoppers walking filters and crawlers walking
// the whole catalog do, so most requests miss the cache. Each mix runs against the static page of the same
// server in the same run (the ceiling), at 16 and at 4 connections.

export type Mix = { name: string; next: () => string };

const SORTS = ['newest', 'price-asc', 'price-desc', 'best-selling'] as const;
// Common searches, with and without diacritics.
const QUERIES = [
  'tai nghe',
  'tai nghe chống ồn',
  'tai nghe chong on',
  'loa bluetooth',
  'loa karaoke',
  'loa kéo',
  'loa keo',
  'amply',
  'âm ly',
  'am ly',
  'micro',
  'micro thu âm',
  'micro thu am',
  'đĩa than',
  'dia than',
  'mâm đĩa than',
  'soundbar',
  'dac',
  'dây cáp',
  'day cap',
  'sony',
  'jbl',
  'marshall',
  'sennheiser',
  'bose',
  'yamaha',
  'true wireless',
  'chống nước',
  'chong nuoc',
  'karaoke gia đình',
];

const pick = <T>(items: readonly T[]): T => {
  const item = items[Math.floor(Math.random() * items.length)];
  if (item === undefined) throw new Error('nothing to pick from');
  return item;
};
const page = (max: number) => 1 + Math.floor(Math.random() * max);

/** The URL mixes, from what the seeded database holds (read directly: the load, not the lookup, is measured). */
export async function buildMixes(databaseUrl: string, productSlugs = 20_000): Promise<Mix[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const slugs = (
      await client.query<{ slug: string }>(
        'select slug from products where published and deleted_at is null order by random() limit $1',
        [productSlugs],
      )
    ).rows.map((r) => r.slug);
    const pairs = (
      await client.query<{ category: string; brand: string; n: number }>(
        `select c.slug as category, b.slug as brand, k.product_count as n from category_brand_counts k
         join categories c on c.id = k.category_id join brands b on b.id = k.brand_id where k.product_count > 0`,
      )
    ).rows;
    const categories = [...new Set(pairs.map((p) => p.category))];
    if (slugs.length === 0 || pairs.length === 0) throw new Error('the database holds no catalog to load');
    return [
      { name: 'product', next: () => `/san-pham/${pick(slugs)}` },
      {
        name: 'listing',
        next: () => {
          const p = pick(pairs);
          // With a brand, pages stop where the brand's products in the category end (a later page is a 404).
          const withBrand = Math.random() < 0.5;
          const pages = withBrand ? Math.min(20, Math.max(1, Math.ceil(p.n / 24))) : 20;
          const params = new URLSearchParams({ sort: pick(SORTS), page: String(page(pages)) });
          if (withBrand) params.set('brand', p.brand);
          return `/danh-muc/${p.category}?${params}`;
        },
      },
      {
        name: 'search',
        next: () => {
          const params = new URLSearchParams({ q: pick(QUERIES) });
          if (Math.random() < 0.3) params.set('page', String(page(3)));
          return `/tim-kiem?${params}`;
        },
      },
      {
        name: 'api',
        next: () =>
          `/api/products?${new URLSearchParams({ category: pick(categories), sort: pick(SORTS), page: String(page(20)) })}`,
      },
    ];
  } finally {
    await client.end();
  }
}

/** Loads `mix` (a new URL per request) or one fixed path. */
export async function measureMix(
  baseUrl: string,
  target: Mix | string,
  options: { connections: number; duration: number },
): Promise<LoadResult> {
  return measure(baseUrl, {
    ...options,
    timeoutSeconds: 10,
    nextPath: typeof target === 'string' ? () => target : target.next,
  });
}

/** Resident memory of a process in MB (Linux). */
export function rssMb(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Math.round(Number(kb) / 1024) : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process has used so far (Linux). */
export function cpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : null;
  } catch {
    return null;
  }
}

export const load1m = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
