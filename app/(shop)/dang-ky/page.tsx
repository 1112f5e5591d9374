import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthForm } from '@/components/auth/auth-form';
import { AuthPage, linkClass } from '@/components/auth/auth-page';
import { getDb } from '@/lib/db/client';
import { PRIVACY_SLUG, TERMS_SLUG } from '@/lib/legal/links';
import { currentPolicyVersions } from '@/lib/legal/policies';
import { signUpAction } from '../dang-nhap/actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Tạo tài khoản', robots: { index: false, follow: false } };

export default async function SignUpPage() {
  const versions = await currentPolicyVersions(await getDb(), [TERMS_SLUG, PRIVACY_SLUG]);
  return (
    <AuthPage title="Tạo tài khoản" intro="Lưu địa chỉ giao hàng, xem lịch sử đơn hàng và mua lại nhanh hơn.">
      <AuthForm
        action={signUpAction}
        submitLabel="Tạo tài khoản"
        pendingLabel="Đang tạo tài khoản…"
        consent={{ terms: versions[TERMS_SLUG], privacy: versions[PRIVACY_SLUG] }}
        fields={[
          { name: 'name', label: 'Họ và tên', type: 'text', autoComplete: 'name', maxLength: 100 },
          { name: 'email', label: 'Email', type: 'email', autoComplete: 'email', maxLength: 254 },
          {
            name: 'password',
            label: 'Mật khẩu',
            type: 'password',
            autoComplete: 'new-password',
            hint: 'Ít nhất 8 ký tự.',
            maxLength: 128,
          },
          {
            name: 'confirmPassword',
            label: 'Nhập lại mật khẩu',
            type: 'password',
            autoComplete: 'new-password',
            maxLength: 128,
          },
        ]}
      />
      <p className="mt-6 text-sm">
        Đã có tài khoản?{' '}
        <Link href="/dang-nhap" className={linkClass}>
          Đăng nhập
        </Link>
      </p>
    </AuthPage>
  );
}
