import { formatVnd } from '@/lib/money';
import type { DailyRevenue } from '@/lib/admin/dashboard';

// Daily revenue as a server-rendered SVG bar chart: no chart library, no client JavaScript. The table
// beside it carries the same numbers for screen readers.

const W = 720;
const H = 220;
const PAD = { top: 12, right: 8, bottom: 28, left: 8 };

export function RevenueChart({ days }: { days: DailyRevenue[] }) {
  const max = Math.max(1, ...days.map((d) => d.revenue));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const barW = innerW / Math.max(1, days.length);
  const total = days.reduce((s, d) => s + d.revenue, 0);
  return (
    <figure>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className="h-auto w-full"
        role="img"
        aria-label={`Doanh thu ${days.length} ngày gần nhất, tổng ${formatVnd(total)}`}
      >
        <line x1={PAD.left} x2={W - PAD.right} y1={H - PAD.bottom} y2={H - PAD.bottom} stroke="#d6d3d1" />
        {days.map((d, i) => {
          const h = (d.revenue / max) * innerH;
          const x = PAD.left + i * barW;
          return (
            <g key={d.day}>
              <rect
                x={x + barW * 0.15}
                y={H - PAD.bottom - h}
                width={barW * 0.7}
                height={Math.max(h, d.revenue > 0 ? 1 : 0)}
                fill="#9b1c23"
                rx={2}
              >
                <title>{`${d.day}: ${formatVnd(d.revenue)} (${d.orders} đơn)`}</title>
              </rect>
              {(i === 0 || i === days.length - 1 || i % 7 === 0) && (
                <text x={x + barW / 2} y={H - 8} textAnchor="middle" fontSize="11" fill="#57534e">
                  {d.day.slice(8, 10)}/{d.day.slice(5, 7)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 text-sm text-stone-600">Cao nhất: {formatVnd(max === 1 ? 0 : max)} / ngày</figcaption>
    </figure>
  );
}
