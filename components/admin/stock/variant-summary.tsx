import Link from 'next/link';
import type { StockVariantRow } from '@/lib/inventory/admin-queries';
import { optionsLabel } from './variant-label';

// Which variant this is, whether it is on sale, and how many are in stock.
export function VariantSummary({ variant, headingLevel = 2 }: { variant: StockVariantRow; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const options = optionsLabel(variant.options);
  return (
    <div>
      <Heading className={headingLevel === 1 ? 'text-2xl font-bold' : 'text-lg font-bold'}>
        {variant.productName}
        {options && <span className="font-normal text-stone-700"> · {options}</span>}
      </Heading>
      <p className="mt-1 text-sm text-stone-700">
        SKU <span className="font-mono">{variant.sku}</span>
        {!variant.active && <span className="ml-2 rounded bg-stone-200 px-2 py-0.5">Ngừng bán</span>}
        {!variant.published && <span className="ml-2 rounded bg-stone-200 px-2 py-0.5">Chưa hiển thị</span>}
        {variant.deleted && <span className="ml-2 rounded bg-stone-200 px-2 py-0.5">Đã xóa</span>}
        {variant.published && !variant.deleted && (
          <>
            {' · '}
            <Link href={`/san-pham/${variant.productSlug}`} className="underline">
              Xem trên cửa hàng
            </Link>
          </>
        )}
      </p>
      <p className="mt-2 text-base">
        Tồn kho:{' '}
        <strong className="tabular-nums" data-testid="variant-stock">
          {variant.stock}
        </strong>
        {variant.stock === 0 && <span className="ml-2 font-semibold text-brand-800">Hết hàng</span>}
      </p>
    </div>
  );
}
