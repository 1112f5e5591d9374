'use client';

// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { deleteAddressAction, setDefaultAddressAction } from '@/app/(shop)/account/actions';
import { FormAlert, secondaryButton } from './form-alert';
import { useActionForm } from './use-action-form';

// "Đặt làm mặc định" and "Xóa" under a saved address. Deleting asks first: there is no undo.

export function SetDefaultAddressButton({ id, label }: { id: number; label: string }) {
  const { state, pending, formRef, alertRef, onSubmit } = useActionForm(setDefaultAddressAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-busy={pending}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={secondaryButton} aria-label={`Đặt làm mặc định: ${label}`}>
        {pending ? 'Đang lưu…' : 'Đặt làm mặc định'}
      </button>
      {state.status === 'error' && <FormAlert state={state} alertRef={alertRef} />}
    </form>
  );
}

export function DeleteAddressButton({ id, label }: { id: number; label: string }) {
  const { state, pending, formRef, alertRef, onSubmit } = useActionForm(deleteAddressAction);
  return (
    <form
      ref={formRef}
      onSubmit={(event) => {
        if (!window.confirm(`Xóa địa chỉ "${label}"?`)) {
          event.preventDefault();
          return;
        }
        onSubmit(event);
      }}
      aria-busy={pending}
    >
      <input type="hidden" name="id" value={id} />
      <button type="submit" disabled={pending} className={secondaryButton} aria-label={`Xóa địa chỉ: ${label}`}>
        {pending ? 'Đang xóa…' : 'Xóa'}
      </button>
      {state.status === 'error' && <FormAlert state={state} alertRef={alertRef} />}
    </form>
  );
}
