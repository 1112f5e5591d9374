/** "Màu sắc: Đen, Kích thước: M" – what tells one variant of a product from another. */
export function optionsLabel(options: Record<string, string>): string {
  return Object.entries(options)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
}
