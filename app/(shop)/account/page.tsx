import type { Metadata } from 'next';
import { signOutAction } from '@/app/(shop)/dang-nhap/actions';
import { requireUser } from '@/lib/auth/session';

// Per visitor (session cookie); also keeps the build from prerendering the shop layout without a database.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tài khoản của tôi', robots: { index: false, follow: false } };

export default async function AccountPage() {
  const user = await requireUser('/account');
  return (
    <div className="mx-auto w-full max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">Tài khoản của tôi</h1>
      <p className="mt-2 text-stone-700" data-testid="account-email">
        Xin chào {user.name || user.email} ({user.email})
      </p>
      <form action={signOutAction} className="mt-6">
        <button
          type="submit"
          className="min-h-11 rounded-md border border-stone-300 px-4 font-semibold hover:bg-stone-50"
        >
          Đăng xuất
        </button>
      </form>
    </div>
  );
}
