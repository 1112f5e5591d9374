import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MarketingForm } from '@/components/privacy/marketing-form';
import { OneButtonForm } from '@/components/privacy/one-button-form';
import { requireUser } from '@/lib/auth/session';
import { getUserById } from '@/lib/auth/users';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import { PRIVACY_SLUG, policyPath } from '@/lib/legal/links';
import { getMarketingChoices, getOpenErasure } from '@/lib/privacy/requests';
import { cancelAccountErasureAction, requestAccountErasureAction, saveMarketingAction } from './actions';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Dữ liệu cá nhân', robots: { index: false, follow: false } };

const cardClass = 'rounded-lg border border-stone-200 p-4';
const day = (iso: string) => new Date(iso).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });

export default async function PrivacyPage() {
  const session = await requireUser('/account/privacy');
  const db = await getDb();
  const user = await getUserById(db, session.id);
  if (!user) notFound();
  const [choices, erasure] = await Promise.all([
    getMarketingChoices(db, user),
    getOpenErasure(db, { userId: user.id }),
  ]);
  const graceDays = getEnv().DATA_ERASURE_GRACE_DAYS;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold sm:text-3xl">Dữ liệu cá nhân</h1>
      <p className="text-sm text-stone-700">
        Quyền của bạn theo Nghị định 13/2023/NĐ-CP, xem{' '}
        <Link href={policyPath(PRIVACY_SLUG)} className="font-semibold text-brand-700 underline">
          Chính sách bảo mật thông tin
        </Link>
        .
      </p>

      <section aria-labelledby="tai-du-lieu" className={cardClass}>
        <h2 id="tai-du-lieu" className="text-lg font-bold">
          Tải dữ liệu của tôi
        </h2>
        <p className="mt-1 text-sm text-stone-700">
          Tài khoản, sổ địa chỉ, đơn hàng, đánh giá, các lần đồng ý điều khoản và lựa chọn nhận tin, dạng JSON.
        </p>
        <a
          href="/api/account/data-export"
          download
          className="mt-3 inline-flex min-h-11 items-center rounded-md border border-stone-300 px-4 font-semibold hover:border-brand-600"
        >
          Tải dữ liệu (JSON)
        </a>
      </section>

      <section aria-labelledby="nhan-tin" className={cardClass}>
        <h2 id="nhan-tin" className="mb-3 text-lg font-bold">
          Nhận tin khuyến mãi
        </h2>
        <MarketingForm action={saveMarketingAction} initial={choices} phone={user.phone} />
      </section>

      <section aria-labelledby="xoa-tai-khoan" className={cardClass}>
        <h2 id="xoa-tai-khoan" className="text-lg font-bold">
          Xóa tài khoản
        </h2>
        {erasure?.status === 'scheduled' && erasure.scheduledFor ? (
          <>
            <p className="mt-1" role="status">
              Tài khoản sẽ được xóa vào ngày <strong>{day(erasure.scheduledFor)}</strong>.
            </p>
            <OneButtonForm
              action={cancelAccountErasureAction}
              hidden={{}}
              label="Hủy yêu cầu xóa"
              pendingLabel="Đang hủy…"
            />
          </>
        ) : (
          <>
            <p className="mt-1 text-sm text-stone-700">
              Chúng tôi gửi liên kết xác nhận đến email của bạn. Sau khi xác nhận, tài khoản được xóa sau {graceDays}{' '}
              ngày (bạn có thể hủy trong thời gian này): họ tên, email, số điện thoại, sổ địa chỉ bị xóa; đơn hàng được
              giữ cho mục đích kế toán với thông tin cá nhân đã được che.
            </p>
            {erasure?.status === 'awaiting_confirmation' && (
              <p className="mt-2 text-sm font-semibold text-amber-800">
                Đang chờ bạn xác nhận qua email. Gửi lại yêu cầu để nhận liên kết mới.
              </p>
            )}
            <OneButtonForm
              action={requestAccountErasureAction}
              hidden={{}}
              label="Yêu cầu xóa tài khoản"
              pendingLabel="Đang gửi…"
              danger
              confirmLabel="Tôi hiểu rằng tài khoản và dữ liệu cá nhân của tôi sẽ bị xóa và không thể khôi phục."
            />
          </>
        )}
      </section>
    </div>
  );
}
