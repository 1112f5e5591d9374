import Link from 'next/link';
import { POLICY_LABELS, policyPath } from '@/lib/legal/links';
import type { TraderInfoView } from '@/lib/legal/trader-info';
import { MoitBadge } from './moit-badge';
import { formatRegistrationDate, telHref } from './trader-format';

// The contact page's body: every item of the trader information, as a definition list.

const link = 'font-semibold text-brand-700 underline';

export function TraderDetails({ trader }: { trader: TraderInfoView }) {
  const rows: [string, React.ReactNode][] = [
    ['Tên doanh nghiệp', trader.companyName],
    ['Mã số doanh nghiệp', trader.registrationNumber],
    ['Ngày cấp, nơi cấp', `${formatRegistrationDate(trader.registrationDate)}, ${trader.registrationIssuer}`],
    ['Địa chỉ', trader.address],
    [
      'Điện thoại',
      <a key="tel" href={telHref(trader.phone)} className={link}>
        {trader.phone}
      </a>,
    ],
    [
      'Email',
      <a key="mail" href={`mailto:${trader.email}`} className={link}>
        {trader.email}
      </a>,
    ],
    [
      'Người chịu trách nhiệm',
      `${trader.representative}${trader.representativeTitle ? ` (${trader.representativeTitle})` : ''}`,
    ],
  ];
  if (trader.openingHours) rows.push(['Giờ mở cửa', trader.openingHours]);
  return (
    <>
      {trader.isPlaceholder && (
        <p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Thông tin dưới đây là dữ liệu mẫu, cửa hàng sẽ cập nhật thông tin chính thức.
        </p>
      )}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold text-stone-700">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {trader.moitNotificationUrl && (
        <MoitBadge
          href={trader.moitNotificationUrl}
          status={trader.moitStatus}
          className="mt-6 border border-blue-200"
        />
      )}
      <h2 className="mt-8 mb-2 text-xl font-semibold">Chính sách</h2>
      <ul className="list-disc pl-5">
        {Object.entries(POLICY_LABELS).map(([slug, label]) => (
          <li key={slug}>
            <Link href={policyPath(slug as keyof typeof POLICY_LABELS)} className={link}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
