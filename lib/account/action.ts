import 'server-only';
import type { z } from 'zod';
import { type ActionResult, type ActionState, guardedFormAction } from '@/lib/admin/action';
import { getCurrentUser } from '@/lib/auth/session';
import { pinReadsToPrimary } from '@/lib/db/read-your-writes';
import type { SessionUser } from '@/lib/auth/users';
import { formToNested } from '@/lib/forms/nested-form';

// The account area's server actions: like adminAction, but for any signed-in user acting on their own
// records. A server action is a public POST endpoint, so each one re-reads who is asking (a signed-out
// or disabled account gets a message, not a write) before it parses the form with zod. Field names are
// dotted paths ('shippingAddress.wardCode'), shared with the checkout form.

export const SIGNED_OUT_MESSAGE = 'Phiên đăng nhập đã hết, vui lòng đăng nhập lại.';
const SIGNED_OUT: ActionState = { status: 'error', code: 'unauthorized', message: SIGNED_OUT_MESSAGE, fieldErrors: {} };

export function accountAction<S extends z.ZodType>(
  options: { schema: S; input?: (form: FormData) => unknown },
  run: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult>,
): (prev: ActionState, form: FormData) => Promise<ActionState> {
  return guardedFormAction(
    async () => {
      const user = await getCurrentUser();
      return user ? { ok: true, user } : { ok: false, state: SIGNED_OUT };
    },
    { ...options, input: options.input ?? formToNested },
    async (input, user) => {
      const result = await run(input, user);
      // The account pages this shopper opens next must show the change, even with lagging replicas.
      if (result.ok) await pinReadsToPrimary();
      return result;
    },
  );
}
