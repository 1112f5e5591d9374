import type { StockReason } from '@/db/schema';

// How ledger reasons read to staff (the stock pages and the adjustment form).

export const STOCK_REASON_LABELS: Record<StockReason, string> = {
  order_placed: 'Đơn hàng đặt',
  order_cancelled: 'Đơn hàng bị hủy',
  order_expired: 'Đơn hết hạn thanh toán',
  order_failed: 'Thanh toán thất bại',
  received: 'Nhập hàng',
  damaged: 'Hàng hỏng',
  count_correction: 'Kiểm kê',
  seed: 'Dữ liệu ban đầu',
};

/** The reasons staff may choose by hand; the others are written by orders and the seed. */
export const MANUAL_STOCK_REASONS = ['received', 'damaged', 'count_correction'] as const;
export type ManualStockReason = (typeof MANUAL_STOCK_REASONS)[number];

export const ADJUST_MODES = ['add', 'remove', 'set'] as const;
export type AdjustMode = (typeof ADJUST_MODES)[number];

export const ADJUST_MODE_LABELS: Record<AdjustMode, string> = {
  add: 'Cộng thêm',
  remove: 'Trừ bớt',
  set: 'Đặt bằng số đếm được',
};

/** Which ways of changing stock fit each reason: goods received only add, damaged goods only remove. */
export const MODES_FOR_REASON: Record<ManualStockReason, readonly AdjustMode[]> = {
  received: ['add'],
  damaged: ['remove'],
  count_correction: ['set', 'add', 'remove'],
};
