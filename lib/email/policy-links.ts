import type { PolicySlug } from '@/db/schema';
import { POLICY_LABELS, policyPath } from '@/lib/legal/links';
import { escapeHtml } from './escape';

// The policy links every order e-mail ends with (returns, warranty, shipping, terms, privacy), absolute on the
// site the order link points to. Pure.

const IN_ORDER_EMAILS: PolicySlug[] = [
  'doi-tra-hoan-tien',
  'bao-hanh',
  'van-chuyen-giao-hang',
  'dieu-khoan-su-dung',
  'bao-mat-thong-tin',
];

export function policyLinks(orderUrl: string): { text: string; html: string } {
  const origin = new URL(orderUrl).origin;
  const links = IN_ORDER_EMAILS.map((slug) => ({ label: POLICY_LABELS[slug], url: `${origin}${policyPath(slug)}` }));
  return {
    text: ['Chính sách:', ...links.map((l) => `- ${l.label}: ${l.url}`)].join('\n'),
    html: `<p style="color:#4b5563;font-size:13px">Chính sách: ${links
      .map((l) => `<a href="${escapeHtml(l.url)}" style="color:#4b5563">${escapeHtml(l.label)}</a>`)
      .join(' · ')}</p>`,
  };
}
