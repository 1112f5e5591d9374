'use client';

// biome-ignore lint/style/noRestrictedImports: these server actions still live under app/
import { discardJobAction, retryJobAction, retryOutboxRowAction } from '@/app/admin/jobs/actions';
import { FormAlert, secondaryButton } from '@/components/account/form-alert';
import { useActionForm } from '@/components/account/use-action-form';

// One failed job: run it again, or drop it (after a confirmation). A dead outbox row: send it again.

export function FailedJobActions({ queue, jobId }: { queue: string; jobId: string }) {
  const retry = useActionForm(retryJobAction);
  const discard = useActionForm(discardJobAction);
  return (
    <div className="flex flex-wrap items-start gap-2">
      <form ref={retry.formRef} onSubmit={retry.onSubmit} aria-busy={retry.pending}>
        <input type="hidden" name="queue" value={queue} />
        <input type="hidden" name="jobId" value={jobId} />
        <button type="submit" disabled={retry.pending} className={secondaryButton}>
          {retry.pending ? 'Đang gửi…' : 'Chạy lại'}
        </button>
        <FormAlert state={retry.state} alertRef={retry.alertRef} />
      </form>
      <form
        ref={discard.formRef}
        onSubmit={(event) => {
          if (!window.confirm(`Bỏ việc ${jobId}? Việc này sẽ không chạy nữa.`)) {
            event.preventDefault();
            return;
          }
          discard.onSubmit(event);
        }}
        aria-busy={discard.pending}
      >
        <input type="hidden" name="queue" value={queue} />
        <input type="hidden" name="jobId" value={jobId} />
        <button type="submit" disabled={discard.pending} className={secondaryButton}>
          {discard.pending ? 'Đang bỏ…' : 'Bỏ qua'}
        </button>
        <FormAlert state={discard.state} alertRef={discard.alertRef} />
      </form>
    </div>
  );
}

export function DeadOutboxRowAction({ outboxId }: { outboxId: number }) {
  const retry = useActionForm(retryOutboxRowAction);
  return (
    <form ref={retry.formRef} onSubmit={retry.onSubmit} aria-busy={retry.pending}>
      <input type="hidden" name="outboxId" value={outboxId} />
      <button type="submit" disabled={retry.pending} className={secondaryButton}>
        {retry.pending ? 'Đang gửi…' : 'Gửi lại'}
      </button>
      <FormAlert state={retry.state} alertRef={retry.alertRef} />
    </form>
  );
}
