import type { Metadata } from 'next';
import Link from 'next/link';
import { TraderForm } from '@/components/admin/legal/trader-form';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { getTraderInfo } from '@/lib/legal/trader-info';
import { saveTraderInfoAction } from './actions';

export const metadata: Metadata = { title: 'Thông tin doanh nghiệp' };

export default async function TraderInfoPage() {
  await requirePermission('settings:manage', '/admin/legal');
  const { isPlaceholder, updatedAt, ...info } = await getTraderInfo(await getDb());
  return (
    <div className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-bold">Thông tin doanh nghiệp</h1>
      <p className="text-sm text-stone-700">
        Hiển thị ở chân trang và trang{' '}
        <Link href="/lien-he" className="underline">
          Liên hệ
        </Link>{' '}
        theo Nghị định 52/2013/NĐ-CP (sửa đổi bởi Nghị định 85/2021/NĐ-CP). Mỗi lần lưu được ghi vào nhật ký.
      </p>
      {isPlaceholder && (
        <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Đang dùng dữ liệu mẫu: hãy nhập thông tin chính thức của doanh nghiệp.
        </p>
      )}
      {updatedAt && (
        <p className="text-sm text-stone-600">
          Cập nhật lần cuối: {new Date(updatedAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}
        </p>
      )}
      <TraderForm initial={info} action={saveTraderInfoAction} />
    </div>
  );
}
