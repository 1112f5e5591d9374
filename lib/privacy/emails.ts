import { escapeHtml } from '@/lib/email/escape';
import type { EmailContent } from '@/lib/email/order-confirmation';

// The e-mails of the personal-data features, HTML and plain text, in Vietnamese. Pure.

export function renderErasureConfirmation(url: string, graceDays: number): EmailContent {
  const subject = 'Xác nhận yêu cầu xóa dữ liệu – Audio Tài Lộc';
  const body = `Chúng tôi nhận được yêu cầu xóa dữ liệu cá nhân của bạn. Sau khi bạn xác nhận, dữ liệu sẽ được xóa sau ${graceDays} ngày; trong thời gian đó bạn vẫn có thể hủy yêu cầu. Đơn hàng được giữ lại cho mục đích kế toán với họ tên, số điện thoại, email và địa chỉ đã được che.`;
  const footer =
    'Liên kết có hiệu lực trong 7 ngày. Nếu bạn không gửi yêu cầu này, hãy bỏ qua email: không có gì thay đổi.';
  return {
    subject,
    text: ['Chào bạn,', '', body, '', `Xác nhận: ${url}`, '', footer, '', 'Audio Tài Lộc'].join('\n'),
    html: `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<p>Chào bạn,</p>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(url)}" style="display:inline-block;background:#b91c1c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none">Xác nhận xóa dữ liệu</a></p>
<p style="color:#4b5563;font-size:13px">${escapeHtml(footer)}</p>
</div></body></html>`,
  };
}

/** The line every marketing e-mail ends with: who sends it, and how to stop it in one click. */
export function marketingFooter(unsubscribeUrl: string): { html: string; text: string } {
  return {
    text: `\n\n--\nBạn nhận email này vì đã đồng ý nhận tin khuyến mãi từ Audio Tài Lộc.\nHủy đăng ký: ${unsubscribeUrl}`,
    html: `<p style="color:#4b5563;font-size:12px;margin-top:24px">Bạn nhận email này vì đã đồng ý nhận tin khuyến mãi từ Audio Tài Lộc. <a href="${escapeHtml(unsubscribeUrl)}">Hủy đăng ký</a></p>`,
  };
}
