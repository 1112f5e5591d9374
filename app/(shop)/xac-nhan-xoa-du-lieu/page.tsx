import type { Metadata } from 'next';
import { AuthPage } from '@/components/auth/auth-page';
import { OneButtonForm } from '@/components/privacy/one-button-form';
import { confirmErasureAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Xác nhận xóa dữ liệu',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Unlike the e-mail verification link, opening this link confirms nothing: an erasure needs the person to press
// the button (a mail scanner following links must not start one).
export default async function ConfirmErasurePage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <AuthPage title="Xác nhận xóa dữ liệu cá nhân">
      <p className="mt-6">
        Sau khi xác nhận, dữ liệu cá nhân của bạn sẽ được xóa khi hết thời gian chờ. Đơn hàng được giữ lại cho mục đích
        kế toán với họ tên, số điện thoại, email và địa chỉ đã được che. Tài khoản (nếu có) sẽ không đăng nhập được nữa.
      </p>
      <OneButtonForm
        action={confirmErasureAction}
        hidden={{ token: typeof token === 'string' ? token : '' }}
        label="Xác nhận xóa dữ liệu"
        pendingLabel="Đang xác nhận…"
        danger
      />
    </AuthPage>
  );
}
