import { formatVnd } from '@/lib/money';
import type { OrderView } from '@/lib/orders/dto';
import { escapeHtml } from './escape';
import { policyLinks } from './policy-links';

// The order confirmation e-mail, HTML and plain text, in Vietnamese. Pure: it renders, it sends nothing.

export type EmailContent = { subject: string; html: string; text: string };

const PAYMENT_LABELS: Record<OrderView['paymentMethod'], string> = {
  cod: 'Thanh toán khi nhận hàng (COD)',
  payos: 'Chuyển khoản VietQR (PayOS)',
  vnpay: 'VNPay',
  momo: 'Ví MoMo',
};

export function renderOrderConfirmation(order: OrderView, orderUrl: string): EmailContent {
  const policies = policyLinks(orderUrl);
  const subject = `Xác nhận đơn hàng ${order.number} – Audio Tài Lộc`;
  const lines = order.items.map(
    (i) => `- ${i.name}${i.variantLabel ? ` (${i.variantLabel})` : ''} x ${i.quantity}: ${formatVnd(i.lineTotal)}`,
  );
  const text = [
    `Chào ${order.contact.name},`,
    '',
    `Cảm ơn bạn đã đặt hàng tại Audio Tài Lộc. Đơn hàng ${order.number} của bạn đã được ghi nhận.`,
    '',
    ...lines,
    '',
    `Tạm tính: ${formatVnd(order.subtotal)}`,
    `Phí vận chuyển: ${order.shippingFee === 0 ? 'Miễn phí' : formatVnd(order.shippingFee)}`,
    `Tổng cộng: ${formatVnd(order.total)}`,
    `Thanh toán: ${PAYMENT_LABELS[order.paymentMethod]}`,
    '',
    `Giao đến: ${order.contact.name}, ${order.contact.phone}`,
    order.shippingAddress.formatted,
    '',
    `Theo dõi đơn hàng: ${orderUrl}`,
    '',
    'Audio Tài Lộc – Hotline 1900 6868',
    '',
    policies.text,
  ].join('\n');

  const rows = order.items
    .map(
      (i) => `<tr>
  <td style="padding:8px 0;border-bottom:1px solid #e5e7eb">${escapeHtml(i.name)}${
    i.variantLabel ? `<br><span style="color:#4b5563;font-size:13px">${escapeHtml(i.variantLabel)}</span>` : ''
  }</td>
  <td style="padding:8px;border-bottom:1px solid #e5e7eb;text-align:center">${i.quantity}</td>
  <td style="padding:8px 0;border-bottom:1px solid #e5e7eb;text-align:right">${formatVnd(i.lineTotal)}</td>
</tr>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">Cảm ơn bạn đã đặt hàng!</h1>
<p>Chào ${escapeHtml(order.contact.name)}, đơn hàng <strong>${escapeHtml(order.number)}</strong> của bạn đã được ghi nhận.</p>
<table style="width:100%;border-collapse:collapse;font-size:14px">
<thead><tr><th style="text-align:left;padding:8px 0">Sản phẩm</th><th style="padding:8px">SL</th><th style="text-align:right;padding:8px 0">Thành tiền</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p style="text-align:right;margin:12px 0 0">Tạm tính: ${formatVnd(order.subtotal)}<br>
Phí vận chuyển: ${order.shippingFee === 0 ? 'Miễn phí' : formatVnd(order.shippingFee)}<br>
<strong>Tổng cộng: ${formatVnd(order.total)}</strong></p>
<p>Thanh toán: ${escapeHtml(PAYMENT_LABELS[order.paymentMethod])}</p>
<p>Giao đến: ${escapeHtml(order.contact.name)}, ${escapeHtml(order.contact.phone)}<br>${escapeHtml(order.shippingAddress.formatted)}</p>
<p><a href="${escapeHtml(orderUrl)}" style="display:inline-block;background:#b91c1c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none">Xem đơn hàng</a></p>
<p style="color:#4b5563;font-size:13px">Audio Tài Lộc – Hotline 1900 6868</p>
${policies.html}
</div></body></html>`;
  return { subject, html, text };
}
