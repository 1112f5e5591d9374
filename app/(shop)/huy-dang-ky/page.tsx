import type { Metadata } from 'next';
import { AuthPage } from '@/components/auth/auth-page';
import { OneButtonForm } from '@/components/privacy/one-button-form';
import { readUnsubscribeLink } from '@/lib/privacy/unsubscribe';
import { unsubscribeAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Hủy nhận tin khuyến mãi',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : '');

// Opening the link changes nothing (mail scanners open links): the person presses the button. Mail clients
// that support RFC 8058 unsubscribe in one click through POST /api/unsubscribe instead.
export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  const query = { c: one(params.c), a: one(params.a), t: one(params.t) };
  const link = readUnsubscribeLink(query);
  return (
    <AuthPage title="Hủy nhận tin khuyến mãi">
      {link ? (
        <>
          <p className="mt-6">
            Ngừng gửi tin khuyến mãi qua {link.channel === 'email' ? 'email' : 'Zalo'} đến{' '}
            <strong className="break-all">{link.address}</strong>?
          </p>
          <OneButtonForm action={unsubscribeAction} hidden={query} label="Hủy đăng ký" pendingLabel="Đang xử lý…" />
        </>
      ) : (
        <p role="alert" className="mt-6">
          Liên kết hủy đăng ký không hợp lệ. Bạn có thể quản lý việc nhận tin trong mục Tài khoản › Dữ liệu cá nhân.
        </p>
      )}
    </AuthPage>
  );
}
