'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { SignOutButton } from './sign-out-button';

const LINKS = [
  { href: '/account', label: 'Tổng quan' },
  { href: '/account/orders', label: 'Đơn hàng' },
  { href: '/account/addresses', label: 'Sổ địa chỉ' },
  { href: '/account/profile', label: 'Thông tin cá nhân' },
  { href: '/account/privacy', label: 'Dữ liệu cá nhân' },
] as const;

const isCurrent = (pathname: string, href: string) =>
  href === '/account' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);

/** Scrolls sideways on a phone, a column beside the page from lg up. */
export function AccountNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Tài khoản" className="-mx-4 mb-6 overflow-x-auto border-b border-stone-200 lg:mx-0 lg:border-0">
      <ul className="flex gap-1 px-4 pb-2 lg:flex-col lg:px-0">
        {LINKS.map((link) => {
          const current = isCurrent(pathname, link.href);
          return (
            <li key={link.href} className="shrink-0">
              <Link
                href={link.href}
                aria-current={current ? 'page' : undefined}
                className={`flex min-h-11 items-center whitespace-nowrap rounded-md px-3 text-sm font-semibold ${
                  current ? 'bg-brand-50 text-brand-800' : 'text-stone-700 hover:bg-stone-100'
                }`}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
        <li className="shrink-0">
          <SignOutButton className="flex min-h-11 w-full items-center whitespace-nowrap rounded-md px-3 text-sm font-semibold text-stone-700 hover:bg-stone-100 disabled:opacity-60" />
        </li>
      </ul>
    </nav>
  );
}
