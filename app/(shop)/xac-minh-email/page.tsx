import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthPage, linkClass } from '@/components/auth/auth-page';
import { verifyEmail } from '@/lib/auth/account';
import { getDb } from '@/lib/db/client';

// Per visitor (session cookie); also keeps the build from prerendering the shop layout without a database.
export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Xác minh email',
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// GET with the token spends it: a mail scanner that follows the link verifies the mailbox it was sent to,
// which is what the link proves anyway.
export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const ok =
    typeof token === 'string' && token.length >= 20 && token.length <= 200 && (await verifyEmail(await getDb(), token));
  return (
    <AuthPage title="Xác minh email">
      <p role="status" className="mt-6">
        {ok
          ? 'Email của bạn đã được xác minh. Các đơn hàng đặt bằng email này sẽ hiện trong tài khoản.'
          : 'Liên kết xác minh không hợp lệ, đã hết hạn hoặc đã được dùng.'}
      </p>
      <p className="mt-4">
        <Link href="/account" className={linkClass}>
          Đến tài khoản của tôi
        </Link>
      </p>
    </AuthPage>
  );
}
