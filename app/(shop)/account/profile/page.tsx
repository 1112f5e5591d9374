import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PasswordForm } from '@/components/account/password-form';
import { ProfileForm } from '@/components/account/profile-form';
import { ResendVerification } from '@/components/account/resend-verification';
import { SignOutEverywhere } from '@/components/account/sign-out-everywhere';
import { getProfile } from '@/lib/account/profile';
import { listAppSessions } from '@/lib/auth/app-sessions';
import { requireUser } from '@/lib/auth/session';
import { getShopperReadDb } from '@/lib/db/read-your-writes';

// A shopper's own page: rendered per request, never prerendered at build (it reads the session and the database).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Thông tin cá nhân', robots: { index: false, follow: false } };

const cardClass = 'rounded-lg border border-stone-200 p-4';

export default async function ProfilePage() {
  const user = await requireUser('/account/profile');
  const db = await getShopperReadDb();
  const [profile, devices] = await Promise.all([getProfile(db, user.id), listAppSessions(db, user.id)]);
  if (!profile) notFound();

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Thông tin cá nhân</h1>

      <section aria-labelledby="email-dang-nhap" className={cardClass}>
        <h2 id="email-dang-nhap" className="text-lg font-bold">
          Email đăng nhập
        </h2>
        <p className="mt-1 break-all">{profile.email}</p>
        {profile.emailVerified ? (
          <p className="mt-1 text-sm font-semibold text-green-800">Đã xác minh</p>
        ) : (
          <>
            <p className="mt-1 text-sm font-semibold text-amber-800">Chưa xác minh</p>
            <p className="mt-1 text-sm text-stone-700">
              Xác minh email để xem cả những đơn hàng bạn đã đặt bằng email này khi chưa đăng nhập.
            </p>
            <ResendVerification />
          </>
        )}
      </section>

      <section aria-labelledby="ho-so" className={cardClass}>
        <h2 id="ho-so" className="mb-3 text-lg font-bold">
          Họ tên và số điện thoại
        </h2>
        <ProfileForm name={profile.name} phone={profile.phone ?? ''} />
      </section>

      <section aria-labelledby="mat-khau" className={cardClass}>
        <h2 id="mat-khau" className="mb-3 text-lg font-bold">
          Đổi mật khẩu
        </h2>
        {profile.hasPassword ? (
          <PasswordForm />
        ) : (
          <p className="text-sm text-stone-700">
            Bạn đăng nhập bằng Google nên chưa có mật khẩu. Muốn đăng nhập bằng email và mật khẩu, hãy{' '}
            <Link href="/quen-mat-khau" className="font-semibold text-brand-700 underline">
              đặt mật khẩu qua email
            </Link>
            .
          </p>
        )}
      </section>

      <section aria-labelledby="thiet-bi" className={cardClass}>
        <h2 id="thiet-bi" className="text-lg font-bold">
          Thiết bị đăng nhập
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          {devices.length > 0
            ? `Ứng dụng đang đăng nhập trên ${devices.length} thiết bị: ${devices.map((d) => d.deviceName || 'thiết bị không tên').join(', ')}.`
            : 'Tài khoản chưa đăng nhập trên ứng dụng di động nào.'}{' '}
          Nếu bạn quên đăng xuất ở máy khác hoặc mất điện thoại, hãy đăng xuất khỏi mọi thiết bị (kể cả trình duyệt
          này).
        </p>
        <SignOutEverywhere />
      </section>
    </div>
  );
}
