'use client';

import { useActionState } from 'react';
import { ActionAlert } from '@/components/admin/action-alert';
import { buttonClass } from '@/components/admin/fields';
import { IDLE } from '@/components/admin/action-alert';
import type { ActionState } from '@/lib/admin/action';

// Publish / hide / delete / restore: one small form per button, all through the same action. Deleting
// asks for confirmation (it hides the product everywhere at once; it can be restored).

type Props = {
  productId: number;
  published: boolean;
  deleted: boolean;
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
};

export function ProductStatusPanel({ productId, published, deleted, action }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  const button = (change: string, label: string, style: keyof typeof buttonClass, confirmText?: string) => (
    <form
      action={formAction}
      onSubmit={(e) => {
        if (confirmText && !window.confirm(confirmText)) e.preventDefault();
      }}
    >
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="change" value={change} />
      <button type="submit" disabled={pending} className={buttonClass[style]}>
        {label}
      </button>
    </form>
  );
  return (
    <div className="space-y-3">
      <p>
        Hiện tại:{' '}
        <strong data-testid="product-status">{deleted ? 'Đã xóa' : published ? 'Đang hiển thị' : 'Đang ẩn'}</strong>
        {deleted && <span className="text-stone-700"> (không hiện ở cửa hàng, có thể khôi phục)</span>}
      </p>
      <div className="flex flex-wrap gap-2">
        {!deleted && !published && button('publish', 'Hiển thị trên cửa hàng', 'primary')}
        {!deleted && published && button('unpublish', 'Ẩn khỏi cửa hàng', 'secondary')}
        {!deleted &&
          button('delete', 'Xóa sản phẩm', 'danger', 'Xóa sản phẩm này? Sản phẩm sẽ bị ẩn và có thể khôi phục sau.')}
        {deleted && button('restore', 'Khôi phục', 'primary')}
      </div>
      <ActionAlert state={state} />
    </div>
  );
}
