import { discountPercent, formatVnd } from '@/lib/money';

// No hooks and no server-only imports: rendered by server components and by the variant picker alike.

type Props = { price: number; compareAtPrice: number | null; size?: 'sm' | 'lg' };

export function Price({ price, compareAtPrice, size = 'sm' }: Props) {
  const percent = discountPercent(price, compareAtPrice);
  return (
    <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
      <span className={size === 'lg' ? 'text-2xl font-bold text-brand-700' : 'font-semibold text-brand-700'}>
        {formatVnd(price)}
      </span>
      {percent !== null && compareAtPrice !== null && (
        <>
          <s className={size === 'lg' ? 'text-base text-stone-600' : 'text-sm text-stone-600'}>
            <span className="sr-only">Giá gốc: </span>
            {formatVnd(compareAtPrice)}
          </s>
          <span className="rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white">
            <span className="sr-only">Giảm </span>-{percent}%
          </span>
        </>
      )}
    </p>
  );
}
