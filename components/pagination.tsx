import Link from 'next/link';

type Props = { page: number; totalPages: number; hrefFor: (page: number) => string };

/** First, last, and the current page with its neighbours; gaps become an ellipsis. */
function pageWindow(page: number, totalPages: number): (number | 'gap')[] {
  const wanted = new Set([1, totalPages, page - 1, page, page + 1].filter((p) => p >= 1 && p <= totalPages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | 'gap')[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === 'number' && p - prev > 1) out.push('gap');
    out.push(p);
  }
  return out;
}

const baseClass =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3 text-sm font-medium';
const itemClass = `${baseClass} border-stone-300 hover:border-brand-600 hover:text-brand-700`;
const currentClass = `${baseClass} border-brand-700 bg-brand-700 text-white`;

export function Pagination({ page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null;
  return (
    <nav aria-label="Phân trang" className="mt-8">
      <ul className="flex flex-wrap items-center justify-center gap-2">
        {page > 1 && (
          <li>
            <Link href={hrefFor(page - 1)} rel="prev" className={itemClass}>
              <span aria-hidden="true">‹</span>&nbsp;Trang trước
            </Link>
          </li>
        )}
        {pageWindow(page, totalPages).map((p, i) =>
          p === 'gap' ? (
            // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity of their own
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-stone-600">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-label={`Trang ${p}`}
                aria-current={p === page ? 'page' : undefined}
                className={p === page ? currentClass : itemClass}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < totalPages && (
          <li>
            <Link href={hrefFor(page + 1)} rel="next" className={itemClass}>
              Trang sau&nbsp;<span aria-hidden="true">›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
