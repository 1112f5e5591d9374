// The Bộ Công Thương (Ministry of Industry and Trade) badge, linked to the site's notification page on
// online.gov.vn. Drawn here as a plain badge; the shop may swap in the official image from its
// notification page.

const LABELS = { none: '', notified: 'Đã thông báo Bộ Công Thương', registered: 'Đã đăng ký Bộ Công Thương' } as const;

export function MoitBadge({
  href,
  status,
  className = '',
}: {
  href: string;
  status: keyof typeof LABELS;
  className?: string;
}) {
  const label = LABELS[status] || LABELS.notified;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`inline-flex min-h-11 items-center gap-2 rounded-md bg-white px-3 py-2 text-sm font-semibold text-blue-800 ${className}`}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 shrink-0" fill="none">
        <circle cx="12" cy="12" r="11" fill="#1d4ed8" />
        <path d="M7 12.5l3 3 7-7" stroke="#fff" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {label}
    </a>
  );
}
