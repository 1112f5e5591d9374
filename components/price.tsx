import { discountPercent, formatVnd } from '@/lib/money';

// No hooks and no server-only imports: rendered by server components and by the variant picker alike. The
// price* classes live in app/globals.css.

type Props = { price: number; compareAtPrice: number | null; size?: 'sm' | 'lg' };

export function Price({ price, compareAtPrice, size = 'sm' }: Props) {
  const percent = discountPercent(price, compareAtPrice);
  return (
    <p className="price">
      <span className={size === 'lg' ? 'text-2xl font-bold text-brand-700' : 'price-now'}>{formatVnd(price)}</span>
      {percent !== null && compareAtPrice !== null && (
        <>
          <s className={size === 'lg' ? 'text-base text-stone-600' : 'price-was'}>
            <span className="sr-only">Giá gốc: </span>
            {formatVnd(compareAtPrice)}
          </s>
          <span className="price-off">
            <span className="sr-only">Giảm </span>-{percent}%
          </span>
        </>
      )}
    </p>
  );
}
