import { formatVnd } from '@/lib/money';
import type { OrderView } from '@/lib/orders/dto';
import { escapeHtml } from './escape';
import { policyLinks } from './policy-links';
import type { EmailContent } from './order-confirmation';

// The e-mails a shopper gets as staff move the order along: shipped (carrier and tracking number),
// delivered, cancelled (with the refund, if any) and refunded. HTML and plain text, in Vietnamese. Pure.

const HOTLINE = 'Audio Tài Lộc – Hotline 1900 6868';

type Block = { text: string; html: string };

const para = (text: string): Block => ({ text, html: `<p>${escapeHtml(text)}</p>` });

function facts(rows: [string, string][]): Block {
  return {
    text: rows.map(([k, v]) => `${k}: ${v}`).join('\n'),
    html: `<table style="border-collapse:collapse;font-size:14px;margin:8px 0">${rows
      .map(
        ([k, v]) =>
          `<tr><td style="padding:4px 12px 4px 0;color:#4b5563">${escapeHtml(k)}</td><td style="padding:4px 0"><strong>${escapeHtml(v)}</strong></td></tr>`,
      )
      .join('')}</table>`,
  };
}

function items(order: OrderView): Block {
  const lines = order.items.map(
    (i) => `${i.name}${i.variantLabel ? ` (${i.variantLabel})` : ''} x ${i.quantity}: ${formatVnd(i.lineTotal)}`,
  );
  return {
    text: lines.map((l) => `- ${l}`).join('\n'),
    html: `<ul style="padding-left:20px;font-size:14px">${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`,
  };
}

function compose(subject: string, heading: string, order: OrderView, url: string, blocks: Block[]): EmailContent {
  const greeting = `Chào ${order.contact.name},`;
  const policies = policyLinks(url);
  const text = [
    greeting,
    '',
    ...blocks.flatMap((b) => [b.text, '']),
    `Xem đơn hàng: ${url}`,
    '',
    HOTLINE,
    '',
    policies.text,
  ].join('\n');
  const html = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(heading)}</h1>
<p>${escapeHtml(greeting)}</p>
${blocks.map((b) => b.html).join('\n')}
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#b91c1c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none">Xem đơn hàng</a></p>
<p style="color:#4b5563;font-size:13px">${escapeHtml(HOTLINE)}</p>
${policies.html}
</div></body></html>`;
  return { subject, html, text };
}

export function renderOrderShipped(order: OrderView, url: string): EmailContent {
  const subject = `Đơn hàng ${order.number} đang được giao – Audio Tài Lộc`;
  const shipment = order.shipment;
  const cashDue = order.paymentMethod === 'cod' ? order.total - order.refundedTotal : 0;
  return compose(subject, 'Đơn hàng của bạn đang trên đường giao', order, url, [
    para(`Đơn hàng ${order.number} đã được giao cho đơn vị vận chuyển.`),
    facts([
      ['Đơn vị vận chuyển', shipment?.carrier ?? '—'],
      ['Mã vận đơn', shipment?.trackingNumber ?? '—'],
      ['Giao đến', `${order.contact.name}, ${order.contact.phone}, ${order.shippingAddress.formatted}`],
    ]),
    items(order),
    cashDue > 0
      ? para(`Vui lòng chuẩn bị ${formatVnd(cashDue)} để thanh toán khi nhận hàng.`)
      : para('Đơn hàng đã được thanh toán, bạn không cần trả thêm khi nhận hàng.'),
  ]);
}

export function renderOrderDelivered(order: OrderView, url: string): EmailContent {
  const subject = `Đơn hàng ${order.number} đã được giao – Audio Tài Lộc`;
  return compose(subject, 'Đơn hàng đã được giao thành công', order, url, [
    para(`Đơn hàng ${order.number} đã được giao đến bạn. Cảm ơn bạn đã mua sắm tại Audio Tài Lộc!`),
    items(order),
    para('Nếu sản phẩm có vấn đề, hãy gọi hotline trong vòng 7 ngày để được đổi trả.'),
  ]);
}

export function renderOrderCancelled(
  order: OrderView,
  url: string,
  cancel: { reason: string; refundAmount: number | null },
): EmailContent {
  const subject = `Đơn hàng ${order.number} đã bị hủy – Audio Tài Lộc`;
  return compose(subject, 'Đơn hàng đã bị hủy', order, url, [
    para(`Đơn hàng ${order.number} đã được hủy.`),
    facts([['Lý do', cancel.reason]]),
    items(order),
    cancel.refundAmount
      ? para(
          `Chúng tôi đã hoàn ${formatVnd(cancel.refundAmount)} cho đơn hàng này. Tùy ngân hàng hoặc ví, tiền có thể mất vài ngày làm việc để về tài khoản của bạn.`,
        )
      : para('Bạn không bị trừ tiền cho đơn hàng này.'),
  ]);
}

export function renderOrderRefunded(
  order: OrderView,
  url: string,
  refund: { amount: number; reason: string },
): EmailContent {
  const subject = `Hoàn tiền đơn hàng ${order.number} – Audio Tài Lộc`;
  return compose(subject, 'Chúng tôi đã hoàn tiền cho bạn', order, url, [
    para(`Audio Tài Lộc đã hoàn tiền cho đơn hàng ${order.number}.`),
    facts([
      ['Số tiền hoàn', formatVnd(refund.amount)],
      ['Lý do', refund.reason],
      ['Tổng đã hoàn cho đơn', formatVnd(order.refundedTotal)],
    ]),
    para('Tùy ngân hàng hoặc ví, tiền có thể mất vài ngày làm việc để về tài khoản của bạn.'),
  ]);
}
