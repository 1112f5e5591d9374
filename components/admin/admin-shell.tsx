import Link from 'next/link';
import type { ReactNode } from 'react';
// biome-ignore lint/style/noRestrictedImports: these server actions still live under app/
import { signOutAction } from '@/app/(shop)/dang-nhap/actions';
import { ADMIN_SECTIONS } from '@/lib/admin/nav';
import { can, ROLE_LABELS } from '@/lib/auth/roles';
import type { SessionUser } from '@/lib/auth/users';

// The back office frame: a menu of the sections this role may use, who is signed in, sign-out.
export function AdminShell({ user, children }: { user: SessionUser; children: ReactNode }) {
  return (
    <div className="flex min-h-dvh flex-col bg-stone-50 lg:flex-row">
      <a href="#noi-dung-chinh" className="sr-only focus:not-sr-only focus:absolute focus:p-2">
        Bỏ qua menu
      </a>
      <aside className="border-b border-stone-200 bg-white lg:w-56 lg:border-r lg:border-b-0">
        <div className="flex items-center justify-between px-4 py-3 lg:block">
          <Link href="/admin" className="text-lg font-bold text-brand-700">
            Audio Tài Lộc · Quản trị
          </Link>
          <p className="text-xs text-stone-600 lg:mt-1">
            {user.email} · {ROLE_LABELS[user.role]}
          </p>
        </div>
        <nav aria-label="Quản trị" className="overflow-x-auto">
          <ul className="flex gap-1 px-2 pb-2 lg:flex-col">
            {ADMIN_SECTIONS.filter((s) => can(user.role, s.permission)).map((s) => (
              <li key={s.href}>
                <Link
                  href={s.href}
                  className="flex min-h-11 items-center whitespace-nowrap rounded-md px-3 text-sm font-medium hover:bg-stone-100"
                >
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex gap-2 px-4 pb-4">
          <Link href="/" className="inline-flex min-h-11 items-center text-sm text-stone-700 underline">
            Xem cửa hàng
          </Link>
          <form action={signOutAction}>
            <button type="submit" className="min-h-11 text-sm text-stone-700 underline">
              Đăng xuất
            </button>
          </form>
        </div>
      </aside>
      <main id="noi-dung-chinh" className="min-w-0 flex-1 p-4 lg:p-8">
        {children}
      </main>
    </div>
  );
}
