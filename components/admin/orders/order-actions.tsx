'use client';

import { useActionState } from 'react';
// biome-ignore lint/style/noRestrictedImports: these server actions still live under app/
import { orderAction } from '@/app/admin/orders/actions';
import { TextField } from '@/components/checkout/text-field';
import type { OrderStatus } from '@/lib/core/domain-types';
import type { ActionState } from '@/lib/admin/action';
import { formatVnd } from '@/lib/money';
import { ORDER_ACTION_LABELS, type OrderAction } from '@/lib/orders/admin-rules';
import { FormAlert } from '../form-alert';

// The actions the order allows in its present state, each a small form posting to one server action. Every
// form carries the status it was drawn for: if the order moved meanwhile, the server refuses and says so.
// One action state for all of them, so the message stays after the page refreshes with the new state.

const IDLE: ActionState = { status: 'idle' };

export const CARRIERS = [
  'Giao Hàng Nhanh (GHN)',
  'Giao Hàng Tiết Kiệm (GHTK)',
  'Viettel Post',
  'J&T Express',
  'VNPost',
  'Ninja Van',
  'SPX Express',
  'Ahamove',
  'Nhân viên cửa hàng giao',
];

type Props = {
  number: string;
  status: OrderStatus;
  allowed: OrderAction[];
  refundable: number;
  refunded: number;
  total: number;
  isCod: boolean;
};

const primary =
  'min-h-11 rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:opacity-60';
const secondary =
  'min-h-11 rounded-md border border-stone-300 bg-white px-5 font-semibold hover:border-brand-600 disabled:cursor-not-allowed disabled:opacity-60';

export function OrderActions(props: Props) {
  const [state, formAction, pending] = useActionState(orderAction, IDLE);
  const values = state.status === 'error' ? (state.values ?? {}) : {};
  const errorsFor = (action: OrderAction): Record<string, string> =>
    state.status === 'error' && values.action === action ? state.fieldErrors : {};
  const has = (a: OrderAction) => props.allowed.includes(a);
  const hidden = (action: OrderAction) => (
    <>
      <input type="hidden" name="action" value={action} />
      <input type="hidden" name="number" value={props.number} />
      <input type="hidden" name="expectedStatus" value={props.status} />
    </>
  );
  const oneClick = (action: OrderAction, hint?: string) =>
    has(action) && (
      <form action={formAction} className="flex flex-wrap items-center gap-3">
        {hidden(action)}
        <button type="submit" disabled={pending} className={action === 'confirm' ? primary : secondary}>
          {ORDER_ACTION_LABELS[action]}
        </button>
        {hint && <span className="text-sm text-stone-700">{hint}</span>}
      </form>
    );
  const ship = errorsFor('ship');
  const cancel = errorsFor('cancel');
  const refund = errorsFor('refund');

  return (
    <div className="space-y-4" aria-busy={pending}>
      <FormAlert state={state} />
      {props.allowed.length === 0 && <p className="text-sm text-stone-700">Đơn hàng này không còn thao tác nào.</p>}
      {oneClick('confirm', 'Đã kiểm tra đơn, bắt đầu chuẩn bị hàng.')}
      {has('ship') && (
        <form action={formAction} noValidate className="space-y-3 rounded-md border border-stone-200 p-3">
          {hidden('ship')}
          <h3 className="font-semibold">Giao cho đơn vị vận chuyển</h3>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField
              id="ship-carrier"
              name="carrier"
              label="Đơn vị vận chuyển"
              list="carrier-options"
              maxLength={60}
              autoComplete="off"
              defaultValue={values.action === 'ship' ? values.carrier : undefined}
              error={ship.carrier}
            />
            <TextField
              id="ship-tracking"
              name="trackingNumber"
              label="Mã vận đơn"
              maxLength={40}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              defaultValue={values.action === 'ship' ? values.trackingNumber : undefined}
              error={ship.trackingNumber}
            />
          </div>
          <datalist id="carrier-options">
            {CARRIERS.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <button type="submit" disabled={pending} className={primary}>
            Xác nhận đã gửi hàng
          </button>
          <p className="text-xs text-stone-600">Khách hàng sẽ nhận email kèm đơn vị vận chuyển và mã vận đơn.</p>
        </form>
      )}
      {oneClick('deliver', 'Khách đã nhận hàng. Khách hàng sẽ nhận email.')}
      {oneClick('cod_collected', `Đã nhận ${formatVnd(props.total)} tiền mặt từ đơn vị vận chuyển.`)}
      {oneClick('complete', 'Đóng đơn hàng.')}
      {has('refund') && (
        <details className="rounded-md border border-stone-200 p-3" open={values.action === 'refund'}>
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
            Ghi nhận hoàn tiền (còn có thể hoàn {formatVnd(props.refundable)})
          </summary>
          <form action={formAction} noValidate className="mt-3 space-y-3">
            {hidden('refund')}
            <input type="hidden" name="expectedRefunded" value={props.refunded} />
            <TextField
              id="refund-amount"
              name="amount"
              label="Số tiền hoàn (VND)"
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              defaultValue={values.action === 'refund' ? values.amount : String(props.refundable)}
              error={refund.amount}
              hint={`Tối đa ${formatVnd(props.refundable)}.`}
            />
            <TextField
              id="refund-reason"
              name="reason"
              label="Lý do hoàn tiền"
              maxLength={300}
              defaultValue={values.action === 'refund' ? values.reason : undefined}
              error={refund.reason}
            />
            <TextField
              id="refund-reference"
              name="reference"
              label="Mã giao dịch hoàn tiền"
              optional
              maxLength={100}
              autoComplete="off"
              defaultValue={values.action === 'refund' ? values.reference : undefined}
              error={refund.reference}
              hint="Mã của ngân hàng hoặc cổng thanh toán, nếu có."
            />
            <button type="submit" disabled={pending} className={primary}>
              Ghi nhận hoàn tiền
            </button>
          </form>
        </details>
      )}
      {has('cancel') && (
        <details className="rounded-md border border-brand-200 p-3" open={values.action === 'cancel'}>
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-brand-800">
            Hủy đơn hàng
          </summary>
          <form action={formAction} noValidate className="mt-3 space-y-3">
            {hidden('cancel')}
            <TextField
              id="cancel-reason"
              name="reason"
              label="Lý do hủy"
              maxLength={300}
              defaultValue={values.action === 'cancel' ? values.reason : undefined}
              error={cancel.reason}
              hint="Khách hàng sẽ thấy lý do này trong email và trên trang đơn hàng."
            />
            {props.refundable > 0 && (
              <>
                <p className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
                  Đơn đã được thanh toán: hủy đơn sẽ ghi nhận hoàn lại {formatVnd(props.refundable)} cho khách.
                </p>
                <TextField
                  id="cancel-refund-reference"
                  name="refundReference"
                  label="Mã giao dịch hoàn tiền"
                  optional
                  maxLength={100}
                  autoComplete="off"
                  defaultValue={values.action === 'cancel' ? values.refundReference : undefined}
                  error={cancel.refundReference}
                />
              </>
            )}
            <p className="text-sm text-stone-700">Hàng trong đơn sẽ được trả lại kho.</p>
            <button type="submit" disabled={pending} className={primary}>
              Xác nhận hủy đơn
            </button>
          </form>
        </details>
      )}
      {props.isCod && props.status === 'delivered' && !has('complete') && (
        <p className="text-sm text-stone-700">Đơn COD chỉ hoàn tất được sau khi đã thu tiền.</p>
      )}
    </div>
  );
}
