import type { Metadata } from 'next';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthPage } from '@/components/auth/auth-page';
import { resetPasswordAction } from '../dang-nhap/actions';

// Per visitor (session cookie); also keeps the build from prerendering the shop layout without a database.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Đặt lại mật khẩu',
  robots: { index: false, follow: false },
  // The token is in the URL: never send it to another site in a Referer header.
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <AuthPage title="Đặt lại mật khẩu">
      <AuthForm
        action={resetPasswordAction}
        hidden={{ token: typeof token === 'string' ? token.slice(0, 200) : '' }}
        submitLabel="Đặt mật khẩu mới"
        pendingLabel="Đang lưu…"
        fields={[
          {
            name: 'password',
            label: 'Mật khẩu mới',
            type: 'password',
            autoComplete: 'new-password',
            hint: 'Ít nhất 8 ký tự.',
            maxLength: 128,
          },
          {
            name: 'confirmPassword',
            label: 'Nhập lại mật khẩu mới',
            type: 'password',
            autoComplete: 'new-password',
            maxLength: 128,
          },
        ]}
      />
    </AuthPage>
  );
}
