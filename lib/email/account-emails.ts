import type { EmailContent } from './order-confirmation';
import { escapeHtml } from './escape';

// Account e-mails (password reset, e-mail verification, sign-up with an e-mail that has an account), HTML and
// plain text, in Vietnamese. Pure.

function layout(
  subject: string,
  greeting: string,
  body: string,
  action: { label: string; url: string },
  footer: string,
): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="margin:0;background:#f3f4f6;font-family:Arial,Helvetica,sans-serif;color:#111827">
<div style="max-width:600px;margin:0 auto;background:#ffffff;padding:24px">
<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(body)}</p>
<p><a href="${escapeHtml(action.url)}" style="display:inline-block;background:#b91c1c;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>
<p style="color:#4b5563;font-size:13px">${escapeHtml(footer)}</p>
<p style="color:#4b5563;font-size:13px">Audio Tài Lộc – Hotline 1900 6868</p>
</div></body></html>`;
}

export function renderPasswordReset(name: string, url: string): EmailContent {
  const subject = 'Đặt lại mật khẩu – Audio Tài Lộc';
  const greeting = `Chào ${name || 'bạn'},`;
  const body =
    'Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản của bạn. Liên kết dưới đây dùng được một lần, trong 60 phút.';
  const footer = 'Nếu bạn không yêu cầu, hãy bỏ qua email này: mật khẩu của bạn không thay đổi.';
  return {
    subject,
    text: [greeting, '', body, '', url, '', footer, '', 'Audio Tài Lộc – Hotline 1900 6868'].join('\n'),
    html: layout(subject, greeting, body, { label: 'Đặt lại mật khẩu', url }, footer),
  };
}

export function renderEmailVerification(name: string, url: string): EmailContent {
  const subject = 'Xác minh email – Audio Tài Lộc';
  const greeting = `Chào ${name || 'bạn'},`;
  const body =
    'Cảm ơn bạn đã tạo tài khoản. Hãy xác minh email để xem cả những đơn hàng bạn đã đặt bằng email này trước khi có tài khoản.';
  const footer = 'Liên kết có hiệu lực trong 7 ngày. Nếu bạn không tạo tài khoản, hãy bỏ qua email này.';
  return {
    subject,
    text: [greeting, '', body, '', url, '', footer, '', 'Audio Tài Lộc – Hotline 1900 6868'].join('\n'),
    html: layout(subject, greeting, body, { label: 'Xác minh email', url }, footer),
  };
}

/** Someone signed up with an e-mail that already has an account: the owner hears it, the form says nothing. */
export function renderAccountExists(name: string, signInUrl: string, resetUrl: string): EmailContent {
  const subject = 'Email của bạn đã có tài khoản – Audio Tài Lộc';
  const greeting = `Chào ${name || 'bạn'},`;
  const body =
    'Ai đó (có thể là bạn) vừa dùng email này để tạo tài khoản mới tại Audio Tài Lộc. Email này đã có tài khoản, nên không có tài khoản nào được tạo thêm. Hãy đăng nhập; nếu quên mật khẩu, bạn có thể đặt lại.';
  const footer = `Quên mật khẩu: ${resetUrl}. Nếu không phải bạn, hãy bỏ qua email này: tài khoản của bạn không thay đổi.`;
  return {
    subject,
    text: [greeting, '', body, '', signInUrl, '', footer, '', 'Audio Tài Lộc – Hotline 1900 6868'].join('\n'),
    html: layout(subject, greeting, body, { label: 'Đăng nhập', url: signInUrl }, footer),
  };
}
