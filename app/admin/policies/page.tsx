import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';
import { listPolicies } from '@/lib/legal/policies';

export const metadata: Metadata = { title: 'Chính sách' };

export default async function PoliciesPage() {
  await requirePermission('settings:manage', '/admin/policies');
  const policies = await listPolicies(await getDb());
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">Chính sách</h1>
      <p className="text-sm text-stone-700">
        Mỗi lần lưu tạo một phiên bản mới; khách đồng ý với phiên bản đang hiệu lực khi đặt hàng hoặc đăng ký.
      </p>
      <table className="w-full border-collapse bg-white text-sm">
        <thead>
          <tr className="border-b border-stone-200 text-left">
            <th className="p-2">Trang</th>
            <th className="p-2">Phiên bản</th>
            <th className="p-2">Cập nhật</th>
          </tr>
        </thead>
        <tbody>
          {policies.map((p) => (
            <tr key={p.slug} className="border-b border-stone-100">
              <td className="p-2">
                <Link href={`/admin/policies/${p.slug}`} className="font-semibold underline">
                  {p.title}
                </Link>
                {p.isTemplate && (
                  <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-900">Nội dung mẫu</span>
                )}
              </td>
              <td className="p-2">{p.version}</td>
              <td className="p-2">
                {p.createdAt
                  ? `${new Date(p.createdAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })} – ${p.createdBy}`
                  : 'Chưa sửa'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
