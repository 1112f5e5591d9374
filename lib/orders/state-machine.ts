import type { OrderStatus } from '@/db/schema';

// The allowed edges of an order's life (docs/architecture.md draws them). Pure data and rules: lib/orders/transition.ts
// applies them in the database.

const EDGES: Record<OrderStatus, readonly OrderStatus[]> = {
  pending_payment: ['paid', 'placed', 'expired', 'failed', 'cancelled'],
  placed: ['processing', 'cancelled'],
  paid: ['processing', 'cancelled'],
  processing: ['shipped', 'cancelled'],
  shipped: ['delivered'],
  delivered: ['completed'],
  completed: [],
  cancelled: [],
  expired: [],
  failed: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return EDGES[from].includes(to);
}

export function allowedTransitions(from: OrderStatus): readonly OrderStatus[] {
  return EDGES[from];
}

/** Ending in one of these gives the order's reserved stock back. */
export type UnfulfilledEnd = 'cancelled' | 'expired' | 'failed';
export function releasesStock(to: OrderStatus): to is UnfulfilledEnd {
  return to === 'cancelled' || to === 'expired' || to === 'failed';
}

export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  pending_payment: 'Chờ thanh toán',
  placed: 'Đã đặt hàng',
  paid: 'Đã thanh toán',
  processing: 'Đang xử lý',
  shipped: 'Đang giao hàng',
  delivered: 'Đã giao hàng',
  completed: 'Hoàn tất',
  cancelled: 'Đã hủy',
  expired: 'Hết hạn thanh toán',
  failed: 'Thanh toán thất bại',
};
