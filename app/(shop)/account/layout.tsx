import type { ReactNode } from 'react';
import { AccountNav } from '@/components/account/account-nav';

// The account area's frame. It checks nobody: each page calls requireUser itself (a layout is not re-run on
// every navigation), and the proxy has already sent visitors without a session to sign-in.
export default function AccountLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-6xl px-4 py-6 lg:grid lg:grid-cols-[13rem_1fr] lg:gap-8">
      <AccountNav />
      <div className="min-w-0">{children}</div>
    </div>
  );
}
