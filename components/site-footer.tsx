import Link from 'next/link';
import type { PolicySlug } from '@/lib/core/domain-types';
import { CONTACT_PATH, POLICY_LABELS, policyPath } from '@/lib/legal/links';
import type { TraderInfoView } from '@/lib/legal/trader-info';
import { formatRegistrationDate, telHref } from './legal/trader-format';
import { MoitBadge } from './legal/moit-badge';

// The footer on every shop page: the trader information the law asks for (from /admin, one source), the
// policy pages, and the Bộ Công Thương badge once the shop has notified its site. The static 404 page is
// prerendered without a database and passes no trader information: it shows the links only.

const linkClass = 'inline-flex min-h-11 items-center text-white underline';
const POLICY_SLUGS = Object.keys(POLICY_LABELS) as PolicySlug[];

export function SiteFooter({ trader }: { trader: TraderInfoView | null }) {
  return (
    <footer className="mt-12 border-t border-stone-200 bg-stone-900 text-stone-200">
      <div className="mx-auto grid w-full max-w-7xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-3">
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="text-base font-semibold text-white">
            {trader?.companyName ?? 'Audio Tài Lộc'}
          </h2>
          {trader ? (
            <address className="mt-2 space-y-1 text-sm not-italic">
              <p>
                Giấy chứng nhận ĐKDN số {trader.registrationNumber}, cấp ngày{' '}
                {formatRegistrationDate(trader.registrationDate)} tại {trader.registrationIssuer}.
              </p>
              <p>Địa chỉ: {trader.address}</p>
              <p>
                Điện thoại:{' '}
                <a href={telHref(trader.phone)} className={`${linkClass} font-semibold`}>
                  {trader.phone}
                </a>
              </p>
              <p>
                Email:{' '}
                <a href={`mailto:${trader.email}`} className={linkClass}>
                  {trader.email}
                </a>
              </p>
              <p>
                Người chịu trách nhiệm: {trader.representative}
                {trader.representativeTitle ? ` (${trader.representativeTitle})` : ''}
              </p>
              {trader.openingHours && <p>Giờ mở cửa: {trader.openingHours}</p>}
            </address>
          ) : (
            <p className="mt-2 text-sm">
              Thông tin doanh nghiệp và liên hệ:{' '}
              <Link href={CONTACT_PATH} className={linkClass}>
                Liên hệ
              </Link>
            </p>
          )}
        </section>
        <nav aria-labelledby="footer-policies">
          <h2 id="footer-policies" className="text-base font-semibold text-white">
            Chính sách
          </h2>
          <ul className="mt-2 text-sm">
            {POLICY_SLUGS.map((slug) => (
              <li key={slug}>
                <Link href={policyPath(slug)} className={linkClass}>
                  {POLICY_LABELS[slug]}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <section aria-labelledby="footer-support">
          <h2 id="footer-support" className="text-base font-semibold text-white">
            Hỗ trợ khách hàng
          </h2>
          <ul className="mt-2 text-sm">
            <li>
              <Link href={CONTACT_PATH} className={linkClass}>
                Liên hệ
              </Link>
            </li>
            <li>
              <Link href="/tra-cuu-don-hang" className={linkClass}>
                Tra cứu đơn hàng
              </Link>
            </li>
            <li>
              <Link href="/tim-kiem" className={linkClass}>
                Tìm sản phẩm
              </Link>
            </li>
          </ul>
          {trader?.moitNotificationUrl && (
            <MoitBadge href={trader.moitNotificationUrl} status={trader.moitStatus} className="mt-4" />
          )}
        </section>
      </div>
      <p className="border-t border-stone-700 px-4 py-4 text-center text-xs text-stone-300">
        © {trader?.storeName ?? 'Audio Tài Lộc'}. Giá đã bao gồm VAT.
        {trader?.isPlaceholder && ' Thông tin doanh nghiệp đang là dữ liệu mẫu.'}
      </p>
    </footer>
  );
}
