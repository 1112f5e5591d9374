import type { Metadata } from 'next';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthPage } from '@/components/auth/auth-page';
import { forgotPasswordAction } from '../dang-nhap/actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Quên mật khẩu', robots: { index: false, follow: false } };

export default function ForgotPasswordPage() {
  return (
    <AuthPage title="Quên mật khẩu" intro="Nhập email của tài khoản, chúng tôi sẽ gửi liên kết đặt lại mật khẩu.">
      <AuthForm
        action={forgotPasswordAction}
        submitLabel="Gửi liên kết"
        pendingLabel="Đang gửi…"
        fields={[{ name: 'email', label: 'Email', type: 'email', autoComplete: 'email', maxLength: 254 }]}
      />
    </AuthPage>
  );
}
