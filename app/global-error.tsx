'use client';

// Last resort when the root layout itself fails: it replaces the whole document, so no global CSS here.
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, padding: '4rem 1rem', textAlign: 'center' }}>
        <title>Đã có lỗi xảy ra | Audio Tài Lộc</title>
        <h1>Đã có lỗi xảy ra</h1>
        <p>Xin lỗi, trang chưa tải được. Vui lòng thử lại sau ít phút.</p>
        <button type="button" onClick={() => retry()} style={{ minHeight: 44, padding: '0 1.25rem' }}>
          Thử lại
        </button>
      </body>
    </html>
  );
}
