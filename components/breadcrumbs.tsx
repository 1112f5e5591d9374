import Link from 'next/link';
import { JsonLd } from './json-ld';
import { absoluteUrl } from './seo';

export type Crumb = { name: string; href: string };

/** The trail from the home page; the last item is the current page. Renders the BreadcrumbList JSON-LD too. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Đường dẫn" className="text-sm text-stone-600">
      <ol className="flex flex-wrap items-center">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href} className="flex items-center">
              {last ? (
                <span aria-current="page" className="inline-flex min-h-11 items-center font-medium text-stone-900">
                  {item.name}
                </span>
              ) : (
                <>
                  <Link
                    href={item.href}
                    className="inline-flex min-h-11 items-center hover:text-brand-700 hover:underline"
                  >
                    {item.name}
                  </Link>
                  <span aria-hidden="true" className="px-2">
                    /
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
      <JsonLd
        data={{
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: items.map((item, i) => ({
            '@type': 'ListItem',
            position: i + 1,
            name: item.name,
            item: absoluteUrl(item.href),
          })),
        }}
      />
    </nav>
  );
}
