'use client';

// biome-ignore lint/style/noRestrictedImports: existing server actions still live under app/; moving them to lib/ is tracked
import { resendVerificationAction } from '@/app/(shop)/account/actions';
import { FormAlert, secondaryButton } from './form-alert';
import { useActionForm } from './use-action-form';

export function ResendVerification() {
  const { state, pending, formRef, alertRef, onSubmit } = useActionForm(resendVerificationAction);
  return (
    <form ref={formRef} onSubmit={onSubmit} aria-busy={pending} className="mt-3 space-y-3">
      <button type="submit" disabled={pending || state.status === 'ok'} className={secondaryButton}>
        {pending ? 'Đang gửi…' : 'Gửi lại email xác minh'}
      </button>
      <FormAlert state={state} alertRef={alertRef} />
    </form>
  );
}
