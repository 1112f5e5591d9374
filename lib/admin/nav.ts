import type { Permission } from '@/lib/auth/roles';

// The /admin sections, in the order of the menu. A section a role may not use is not shown (the page
// itself still refuses it: lib/auth/session.ts).

export type AdminSection = { href: string; label: string; permission: Permission };

export const ADMIN_SECTIONS: readonly AdminSection[] = [
  { href: '/admin', label: 'Tổng quan', permission: 'admin:access' },
  { href: '/admin/orders', label: 'Đơn hàng', permission: 'admin:access' },
  { href: '/admin/products', label: 'Sản phẩm', permission: 'admin:access' },
  { href: '/admin/categories', label: 'Danh mục', permission: 'admin:access' },
  { href: '/admin/brands', label: 'Thương hiệu', permission: 'admin:access' },
  { href: '/admin/stock', label: 'Tồn kho', permission: 'admin:access' },
  { href: '/admin/customers', label: 'Khách hàng', permission: 'admin:access' },
  { href: '/admin/staff', label: 'Nhân sự', permission: 'staff:manage' },
  { href: '/admin/data-requests', label: 'Yêu cầu dữ liệu', permission: 'admin:access' },
  { href: '/admin/legal', label: 'Thông tin doanh nghiệp', permission: 'settings:manage' },
  { href: '/admin/policies', label: 'Chính sách', permission: 'settings:manage' },
  { href: '/admin/audit', label: 'Nhật ký', permission: 'admin:access' },
  { href: '/admin/jobs', label: 'Tác vụ nền', permission: 'jobs:manage' },
];
