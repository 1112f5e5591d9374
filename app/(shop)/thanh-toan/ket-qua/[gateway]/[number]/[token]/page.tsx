import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ContinuePaymentForm } from '@/components/orders/continue-payment-form';
import { availablePaymentMethods } from '@/lib/checkout/payment-methods';
import { getDb } from '@/lib/db/client';
import { formatVnd } from '@/lib/money';
import { getPaymentReturnView, type PaymentReturnView } from '@/lib/payments/return-view';

// Where PayOS, VNPay and MoMo send the shopper back. It shows the order as stored and never marks it paid:
// only the gateway's signed notification does that. While the order waits for it, the page reloads itself
// every few seconds ("đang chờ xác nhận").

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Kết quả thanh toán', robots: { index: false, follow: false } };

const REFRESH_SECONDS = 3;
const GATEWAY_NAMES = { payos: 'PayOS', vnpay: 'VNPay', momo: 'MoMo' } as const;

type Props = {
  params: Promise<{ gateway: string; number: string; token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function Message({ view, abandoned }: { view: PaymentReturnView; abandoned: boolean }) {
  const name = GATEWAY_NAMES[view.gateway];
  if (view.state === 'waiting' && abandoned) {
    return (
      <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">
        <p className="text-lg font-bold">Bạn đã hủy thanh toán trên {name}</p>
        <p>
          Đơn hàng vẫn được giữ đến hết thời hạn thanh toán. Bạn có thể thanh toán lại hoặc chọn thanh toán khi nhận
          hàng ngay dưới đây.
        </p>
      </div>
    );
  }
  switch (view.state) {
    case 'paid':
      return (
        <div className="rounded-lg border border-green-200 bg-green-50 p-4 text-green-900">
          <p className="text-lg font-bold">Thanh toán thành công</p>
          <p>Đơn hàng {view.orderNumber} đã được thanh toán. Chúng tôi đã gửi xác nhận qua e-mail.</p>
        </div>
      );
    case 'waiting':
      return (
        <div role="status" className="rounded-lg border border-amber-200 bg-amber-50 p-4 text-amber-900">
          <p className="text-lg font-bold">Đang chờ xác nhận thanh toán</p>
          <p>
            Chúng tôi đang chờ {name} xác nhận giao dịch. Trang sẽ tự cập nhật sau vài giây; bạn không cần thanh toán
            lại.
          </p>
          {view.claimed && view.claimed !== 'paid' && view.claimed !== 'pending' && (
            <p className="mt-2">
              {name} báo giao dịch chưa thành công. Bạn có thể thanh toán lại hoặc chọn phương thức khác từ trang đơn
              hàng trong thời hạn thanh toán.
            </p>
          )}
        </div>
      );
    case 'failed':
    case 'cancelled':
    case 'expired':
      return (
        <div className="rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
          <p className="text-lg font-bold">
            {view.state === 'expired' ? 'Đơn hàng đã hết hạn thanh toán' : 'Thanh toán không thành công'}
          </p>
          <p>
            Đơn hàng {view.orderNumber} đã được hủy và không bị trừ tiền. Bạn có thể đặt lại đơn hàng bất cứ lúc nào.
          </p>
        </div>
      );
    case 'cod':
      return (
        <div className="rounded-lg border border-stone-200 bg-stone-50 p-4">
          <p className="text-lg font-bold">Đơn hàng thanh toán khi nhận hàng</p>
          <p>Đơn hàng {view.orderNumber} sẽ được thanh toán bằng tiền mặt khi giao.</p>
        </div>
      );
    default: {
      const never: never = view.state;
      return never;
    }
  }
}

export default async function PaymentResultPage({ params, searchParams }: Props) {
  const [{ gateway, number, token }, query] = await Promise.all([params, searchParams]);
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (typeof v === 'string') search.append(k, v);
  // Order numbers and tokens are plain ASCII (ATL-000123, base64url): nothing to decode.
  const view = await getPaymentReturnView(await getDb(), { gateway, orderNumber: number, token, params: search });
  if (!view) notFound();
  const orderUrl = `/don-hang/${view.orderNumber}?token=${encodeURIComponent(token)}`;
  // PayOS sends no notification when the shopper cancels (only this unsigned redirect): nothing will
  // arrive to wait for, so the page stops reloading and points to the order to pay again or switch.
  const abandoned = !view.returnSigned && view.claimed === 'cancelled';
  const refresh = view.state === 'waiting' && !abandoned;

  return (
    <div className="mx-auto w-full max-w-2xl space-y-4 px-4 py-8">
      {refresh && <meta httpEquiv="refresh" content={String(REFRESH_SECONDS)} />}
      <h1 className="text-2xl font-bold">Kết quả thanh toán</h1>
      {view.returnSigned && !view.returnVerified && search.size > 0 && (
        <p className="rounded border border-stone-300 bg-stone-50 p-3 text-sm text-stone-700">
          Không xác thực được thông tin trả về từ {GATEWAY_NAMES[view.gateway]}; trạng thái dưới đây là trạng thái đơn
          hàng trong hệ thống của chúng tôi.
        </p>
      )}
      <Message view={view} abandoned={abandoned} />
      {/* Not while the page reloads itself: that would throw away the shopper's choice every few seconds. */}
      {abandoned && view.state === 'waiting' && (
        <ContinuePaymentForm
          orderNumber={view.orderNumber}
          token={token}
          methods={availablePaymentMethods()}
          current={view.paymentMethod}
        />
      )}
      <dl className="grid grid-cols-2 gap-y-1 text-stone-700">
        <dt>Mã đơn hàng</dt>
        <dd className="text-right font-medium">{view.orderNumber}</dd>
        <dt>Trạng thái</dt>
        <dd className="text-right">{view.statusLabel}</dd>
        <dt>Tổng tiền</dt>
        <dd className="text-right font-bold text-stone-900">{formatVnd(view.total)}</dd>
      </dl>
      <Link href={orderUrl} className="inline-block font-semibold text-brand-700 underline">
        Xem đơn hàng
      </Link>
    </div>
  );
}
