import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Không có quyền truy cập', robots: { index: false, follow: false } };

// Rendered with status 403 by forbidden() (lib/auth/session.ts) for a signed-in user without the role.
export default function Forbidden() {
  return (
    <main id="noi-dung-chinh" className="mx-auto w-full max-w-lg flex-1 px-4 py-16 text-center">
      <p className="text-5xl font-bold text-brand-700">403</p>
      <h1 className="mt-4 text-2xl font-bold">Bạn không có quyền truy cập trang này</h1>
      <p className="mt-2 text-stone-700">
        Tài khoản của bạn không được phép xem nội dung này. Nếu đây là nhầm lẫn, hãy liên hệ quản trị viên.
      </p>
      <p className="mt-6 flex justify-center gap-6">
        <Link href="/" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          Về trang chủ
        </Link>
        <Link href="/account" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
          Tài khoản của tôi
        </Link>
      </p>
    </main>
  );
}
