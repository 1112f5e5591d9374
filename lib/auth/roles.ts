import type { UserRole } from '@/db/schema';

// Who may do what in /admin. Staff run the shop day to day; only admins manage staff and roles.

/** `jobs:manage`: see the background job queues and the outbox, retry or discard failed jobs.
 *  `settings:manage`: the trader information and the policy pages the shop publishes (legal texts). */
export type Permission = 'admin:access' | 'staff:manage' | 'jobs:manage' | 'settings:manage';

const GRANTS: Record<UserRole, readonly Permission[]> = {
  customer: [],
  staff: ['admin:access'],
  admin: ['admin:access', 'staff:manage', 'jobs:manage', 'settings:manage'],
};

export function can(role: UserRole, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export const ROLE_LABELS: Record<UserRole, string> = {
  customer: 'Khách hàng',
  staff: 'Nhân viên',
  admin: 'Quản trị viên',
};
