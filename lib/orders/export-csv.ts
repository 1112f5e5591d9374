import 'server-only';
import { CSV_BOM, type CsvValue, csvRow } from '@/lib/admin/csv';
import type { Db } from '@/lib/db/types';
import type { OrderFilter } from './admin-filter';
import { type AdminOrderRow, iterateAdminOrders } from './admin-list';
import { ORDER_STATUS_LABELS } from './state-machine';

// The filtered order list as a CSV file for Excel, streamed row batch by row batch.

const PAYMENT_LABELS: Record<AdminOrderRow['paymentMethod'], string> = {
  cod: 'COD',
  payos: 'PayOS (VietQR)',
  vnpay: 'VNPay',
  momo: 'MoMo',
};

export const ORDER_CSV_HEADER = [
  'Mã đơn',
  'Ngày đặt',
  'Trạng thái',
  'Thanh toán',
  'Khách hàng',
  'Điện thoại',
  'Email',
  'Địa chỉ',
  'Phường/xã',
  'Tỉnh/thành phố',
  'Số sản phẩm',
  'Tạm tính',
  'Phí vận chuyển',
  'Giảm giá',
  'Tổng cộng',
  'Đã hoàn tiền',
  'Đơn vị vận chuyển',
  'Mã vận đơn',
  'Thu tiền COD lúc',
];

// "2026-05-01 14:05" in the shop's time zone: Excel reads it as a date and time.
const localTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** "0912 345 678": with spaces Excel keeps it as text, so the leading zero survives. */
export function spacedPhone(phone: string): string {
  return /^0\d{9}$/.test(phone) ? `${phone.slice(0, 4)} ${phone.slice(4, 7)} ${phone.slice(7)}` : phone;
}

export function orderCsvValues(o: AdminOrderRow): CsvValue[] {
  return [
    o.number,
    localTime.format(o.createdAt),
    ORDER_STATUS_LABELS[o.status],
    PAYMENT_LABELS[o.paymentMethod],
    o.contactName,
    spacedPhone(o.contactPhone),
    o.contactEmail,
    o.street,
    o.wardName,
    o.provinceName,
    o.itemCount,
    o.subtotal,
    o.shippingFee,
    o.discount,
    o.total,
    o.refunded,
    o.shippingCarrier,
    o.trackingNumber,
    o.codCollectedAt ? localTime.format(o.codCollectedAt) : null,
  ];
}

export function ordersCsvStream(db: Db, filter: OrderFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const rows = iterateAdminOrders(db, filter);
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + csvRow(ORDER_CSV_HEADER)));
        return;
      }
      // A chunk per up to 200 rows: fewer, larger writes than one per row.
      let chunk = '';
      for (let i = 0; i < 200; i++) {
        const next = await rows.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += csvRow(orderCsvValues(next.value));
      }
      controller.enqueue(encoder.encode(chunk));
    },
    async cancel() {
      await rows.return(undefined);
    },
  });
}
