import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { AdminShell } from '@/components/admin/admin-shell';
import { requirePermission } from '@/lib/auth/session';

export const metadata: Metadata = {
  title: { default: 'Quản trị', template: '%s · Quản trị' },
  robots: { index: false, follow: false },
};

// The frame of /admin. Layouts are not re-run on every navigation, so each page and each action
// checks permission itself as well; this check only decides whether the frame is drawn.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePermission('admin:access', '/admin');
  return <AdminShell user={user}>{children}</AdminShell>;
}
