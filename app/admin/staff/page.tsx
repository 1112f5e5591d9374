import type { Metadata } from 'next';
import { formatDateTime } from '@/components/format-date';
import { InviteStaffForm } from '@/components/admin/staff/invite-staff-form';
import { StaffRowActions } from '@/components/admin/staff/staff-row-actions';
import { listStaff } from '@/lib/admin/staff';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { requirePermission } from '@/lib/auth/session';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Nhân sự' };

export default async function AdminStaffPage() {
  const me = await requirePermission('staff:manage', '/admin/staff');
  const staff = await listStaff(await getDb());

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-bold">Nhân sự</h1>
        <p className="mt-1 text-sm text-stone-700">
          Nhân viên dùng được trang quản trị; chỉ quản trị viên quản lý nhân sự. Tài khoản bị khóa không đăng nhập được
          và mất quyền ngay ở lần tải trang kế tiếp.
        </p>
      </div>

      <section aria-labelledby="them-nhan-su" className="rounded-lg border border-stone-200 bg-white p-4">
        <h2 id="them-nhan-su" className="mb-1 font-semibold">
          Thêm nhân sự
        </h2>
        <p className="mb-3 text-sm text-stone-600">
          Người được mời nhận email để tự đặt mật khẩu (liên kết dùng trong 60 phút, có thể gửi lại).
        </p>
        <InviteStaffForm />
      </section>

      <section aria-labelledby="danh-sach-nhan-su">
        <h2 id="danh-sach-nhan-su" className="mb-3 font-semibold">
          Danh sách ({staff.length})
        </h2>
        <ul className="space-y-3">
          {staff.map((s) => (
            <li
              key={s.id}
              aria-label={s.name || s.email}
              className={`rounded-lg border bg-white p-4 ${s.disabled ? 'border-stone-300 opacity-80' : 'border-stone-200'}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-semibold">
                    {s.name || s.email}
                    {s.id === me.id && <span className="font-normal text-stone-600"> (bạn)</span>}
                  </p>
                  <p className="break-all text-sm text-stone-700">{s.email}</p>
                  <p className="mt-1 text-sm">
                    <span className="rounded-full bg-stone-100 px-2 py-0.5 font-semibold">{ROLE_LABELS[s.role]}</span>{' '}
                    {s.disabled ? (
                      <span className="rounded-full bg-brand-50 px-2 py-0.5 font-semibold text-brand-800">Đã khóa</span>
                    ) : !s.hasPassword ? (
                      <span className="rounded-full bg-amber-50 px-2 py-0.5 font-semibold text-amber-900">
                        Chưa đặt mật khẩu
                      </span>
                    ) : null}
                  </p>
                  <p className="mt-1 text-xs text-stone-600">
                    Đăng nhập gần nhất: {s.lastSignInAt ? formatDateTime(s.lastSignInAt) : 'chưa'}
                  </p>
                </div>
                {s.id === me.id ? (
                  <p className="text-sm text-stone-600">Bạn không thể đổi vai trò hay khóa tài khoản của chính mình.</p>
                ) : (
                  <StaffRowActions
                    member={{ id: s.id, label: s.name || s.email, role: s.role, disabled: s.disabled }}
                  />
                )}
              </div>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
