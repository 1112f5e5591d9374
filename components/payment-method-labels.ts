import type { PaymentMethod } from '@/lib/core/domain-types';

// How the payment methods read to a shopper: at checkout, on the order page.
export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  cod: 'Thanh toán khi nhận hàng (COD)',
  payos: 'Chuyển khoản qua VietQR (PayOS)',
  vnpay: 'Thẻ ATM, thẻ quốc tế qua VNPay',
  momo: 'Ví MoMo',
};

export const PAYMENT_METHOD_HINTS: Record<PaymentMethod, string> = {
  cod: 'Bạn trả tiền mặt cho nhân viên giao hàng khi nhận hàng.',
  payos: 'Quét mã VietQR bằng ứng dụng ngân hàng sau khi đặt hàng.',
  vnpay: 'Bạn sẽ được chuyển tới VNPay để thanh toán.',
  momo: 'Bạn sẽ được chuyển tới MoMo để thanh toán.',
};
