import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthPage, linkClass } from '@/components/auth/auth-page';
import { googleSignInEnabled } from '@/lib/auth/auth';
import { callbackPath } from '@/lib/auth/schemas';
import { getCurrentUser } from '@/lib/auth/session';
import { googleSignInAction } from './google-action';
import { signInAction } from './actions';

// Per visitor (session cookie); also keeps the build from prerendering the shop layout without a database.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Đăng nhập', robots: { index: false, follow: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const to = callbackPath.parse(typeof params.callbackUrl === 'string' ? params.callbackUrl : '/account');
  if (await getCurrentUser()) redirect(to);
  return (
    <AuthPage title="Đăng nhập">
      {params['dat-lai'] === '1' && (
        <p role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
          Mật khẩu đã được đặt lại. Vui lòng đăng nhập bằng mật khẩu mới.
        </p>
      )}
      {params['doi-mat-khau'] === '1' && (
        <p role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
          Đã đổi mật khẩu và đăng xuất khỏi mọi thiết bị. Vui lòng đăng nhập bằng mật khẩu mới.
        </p>
      )}
      {params['da-dang-xuat'] === '1' && (
        <p role="status" className="mt-4 rounded-md border border-emerald-200 bg-emerald-50 p-3 text-emerald-900">
          Đã đăng xuất khỏi mọi thiết bị.
        </p>
      )}
      {params.error && (
        <p role="alert" className="mt-4 rounded-md border border-brand-200 bg-brand-50 p-3 text-brand-800">
          Không thể đăng nhập, vui lòng thử lại.
        </p>
      )}
      <AuthForm
        action={signInAction}
        hidden={{ callbackUrl: to }}
        submitLabel="Đăng nhập"
        pendingLabel="Đang đăng nhập…"
        fields={[
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', maxLength: 254 },
          { name: 'password', label: 'Mật khẩu', type: 'password', autoComplete: 'current-password', maxLength: 128 },
        ]}
      />
      {googleSignInEnabled() && (
        <form action={googleSignInAction} className="mt-4">
          <input type="hidden" name="callbackUrl" value={to} />
          <button
            type="submit"
            className="min-h-12 w-full rounded-md border border-stone-300 bg-white px-6 font-semibold hover:bg-stone-50"
          >
            Đăng nhập với Google
          </button>
        </form>
      )}
      <p className="mt-6 flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/quen-mat-khau" className={linkClass}>
          Quên mật khẩu?
        </Link>
        <Link href="/dang-ky" className={linkClass}>
          Tạo tài khoản mới
        </Link>
      </p>
    </AuthPage>
  );
}
