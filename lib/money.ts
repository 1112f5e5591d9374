// Money is an integer number of VND everywhere; it is formatted only here, at the edge.
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

export function formatVnd(amount: number): string {
  return vnd.format(amount);
}

/** Discount percentage shown on a sale badge, rounded down so that we never overstate it. */
export function discountPercent(price: number, compareAtPrice: number | null): number | null {
  if (!compareAtPrice || compareAtPrice <= price) return null;
  return Math.floor(((compareAtPrice - price) * 100) / compareAtPrice);
}
