import type { PolicySlug } from '@/db/schema';

// Policy page addresses and their short labels, shared by the footer, checkout, sign-up and e-mails
// (no database: client components may import it).

export const POLICY_LABELS: Record<PolicySlug, string> = {
  'dieu-khoan-su-dung': 'Điều khoản sử dụng',
  'mua-hang-thanh-toan': 'Mua hàng và thanh toán',
  'van-chuyen-giao-hang': 'Vận chuyển và giao hàng',
  'doi-tra-hoan-tien': 'Đổi trả và hoàn tiền',
  'bao-hanh': 'Bảo hành',
  'bao-mat-thong-tin': 'Bảo mật thông tin',
  'giai-quyet-khieu-nai': 'Giải quyết khiếu nại',
};

export const TERMS_SLUG = 'dieu-khoan-su-dung' satisfies PolicySlug;
export const PRIVACY_SLUG = 'bao-mat-thong-tin' satisfies PolicySlug;

export const policyPath = (slug: PolicySlug) => `/chinh-sach/${slug}`;
export const CONTACT_PATH = '/lien-he';
