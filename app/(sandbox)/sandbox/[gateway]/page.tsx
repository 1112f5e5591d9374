import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ONLINE_GATEWAYS } from '@/db/schema';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';
import { getSimulatorView, sandboxAllowed } from '@/lib/payments/sandbox/simulator';
import { SimulatorForm } from './simulator-form';

// The local stand-in for a gateway's payment page (development only; 404 whenever the sandbox is off,
// which it always is in production). Outside the shop layout, like the real gateway pages.

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cổng thanh toán thử nghiệm', robots: { index: false, follow: false } };

const NAMES = { payos: 'PayOS (VietQR)', vnpay: 'VNPay', momo: 'Ví MoMo' } as const;

type Props = {
  params: Promise<{ gateway: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function SandboxGatewayPage({ params, searchParams }: Props) {
  if (!sandboxAllowed()) notFound();
  const [{ gateway: raw }, query] = await Promise.all([params, searchParams]);
  const gateway = z.enum(ONLINE_GATEWAYS).safeParse(raw);
  if (!gateway.success) notFound();
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string') search.append(k, v);
  const view = await getSimulatorView(await getDb(), gateway.data, search);

  return (
    <main className="mx-auto flex w-full max-w-md flex-1 flex-col justify-center gap-4 px-4 py-10">
      <p className="rounded bg-amber-100 px-3 py-2 text-center text-sm font-medium text-amber-900">
        Trang giả lập {NAMES[gateway.data]} – chỉ dùng khi phát triển, không có giao dịch thật.
      </p>
      <div className="space-y-4 rounded-xl border border-stone-200 p-6 shadow-sm">
        <h1 className="text-xl font-bold">{NAMES[gateway.data]}</h1>
        {view.ok ? (
          <>
            <dl className="space-y-1 text-stone-700">
              <div className="flex justify-between">
                <dt>Đơn hàng</dt>
                <dd className="font-medium">{view.orderNumber}</dd>
              </div>
              <div className="flex justify-between">
                <dt>Mã giao dịch</dt>
                <dd className="font-mono text-sm">{view.reference}</dd>
              </div>
              <div className="flex justify-between text-lg">
                <dt>Số tiền</dt>
                <dd className="font-bold text-stone-900">{formatVnd(view.amount)}</dd>
              </div>
            </dl>
            {view.open ? (
              <SimulatorForm gateway={gateway.data} reference={view.reference} />
            ) : (
              <p className="text-stone-700">Giao dịch này đã kết thúc.</p>
            )}
          </>
        ) : (
          <p role="alert" className="text-red-800">
            {view.message}
          </p>
        )}
      </div>
    </main>
  );
}
