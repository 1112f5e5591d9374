import { OneButtonForm, type OneButtonState } from './one-button-form';

// The guest's data rights on the order page (the secret link is the proof): download what the shop holds
// with this order, and ask for it to be erased (confirmed by e-mail, after a grace period).

type Action = (prev: OneButtonState, form: FormData) => Promise<OneButtonState>;

type Props = {
  number: string;
  token: string;
  erasure: { status: 'awaiting_confirmation' | 'scheduled'; scheduledFor: string | null } | null;
  requestAction: Action;
  cancelAction: Action;
};

export function OrderDataRights({ number, token, erasure, requestAction, cancelAction }: Props) {
  const hidden = { number, token };
  return (
    <details className="rounded-lg border border-stone-200 p-4 text-sm">
      <summary className="min-h-11 cursor-pointer content-center font-semibold">Dữ liệu cá nhân của đơn hàng</summary>
      <p className="mt-2">
        <a
          href={`/api/orders/${encodeURIComponent(number)}/data-export?token=${encodeURIComponent(token)}`}
          download
          className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline"
        >
          Tải dữ liệu của đơn (JSON)
        </a>
      </p>
      {erasure?.status === 'scheduled' && erasure.scheduledFor ? (
        <>
          <p className="mt-2" role="status">
            Thông tin cá nhân của đơn sẽ được xóa vào ngày{' '}
            {new Date(erasure.scheduledFor).toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' })}.
          </p>
          <OneButtonForm action={cancelAction} hidden={hidden} label="Hủy yêu cầu xóa" pendingLabel="Đang hủy…" />
        </>
      ) : (
        <>
          <p className="mt-2 text-stone-700">
            Yêu cầu xóa họ tên, số điện thoại, email và địa chỉ của đơn này. Đơn hàng vẫn được giữ cho mục đích kế toán
            với thông tin đã được che. Chỉ gửi được khi đơn đã giao xong hoặc đã hủy.
          </p>
          <OneButtonForm
            action={requestAction}
            hidden={hidden}
            label="Yêu cầu xóa dữ liệu"
            pendingLabel="Đang gửi…"
            danger
            confirmLabel="Tôi hiểu rằng thông tin cá nhân của đơn này sẽ bị xóa và không thể khôi phục."
          />
        </>
      )}
    </details>
  );
}
