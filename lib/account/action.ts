import 'server-only';
import type { z } from 'zod';
import { type ActionResult, type ActionState, formToObject, formValues } from '@/lib/admin/action';
import { zodFields } from '@/lib/api/errors';
import { getCurrentUser } from '@/lib/auth/session';
import type { SessionUser } from '@/lib/auth/users';

// The account area's server actions: like adminAction, but for any signed-in user acting on their own
// records. A server action is a public POST endpoint, so each one re-reads who is asking (a signed-out
// or disabled account gets a message, not a write) before it parses the form with zod. Passwords are
// never sent back to the form.

export const SIGNED_OUT_MESSAGE = 'Phiên đăng nhập đã hết, vui lòng đăng nhập lại.';
const SIGNED_OUT: ActionState = { status: 'error', code: 'unauthorized', message: SIGNED_OUT_MESSAGE, fieldErrors: {} };

/** 'shippingAddress.wardCode' -> { shippingAddress: { wardCode } }: the address fields share the checkout's names. */
export function nestFields(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const keys = path.split('.');
    let node = out;
    keys.forEach((key, i) => {
      if (i === keys.length - 1) {
        node[key] = value;
      } else {
        const next = node[key];
        node[key] = next && typeof next === 'object' && !Array.isArray(next) ? next : {};
        node = node[key] as Record<string, unknown>;
      }
    });
  }
  return out;
}

const withoutSecrets = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));

export function accountAction<S extends z.ZodType>(
  options: { schema: S; input?: (form: FormData) => unknown },
  run: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult>,
): (prev: ActionState, form: FormData) => Promise<ActionState> {
  return async (_prev, form) => {
    const user = await getCurrentUser();
    if (!user) return SIGNED_OUT;
    if (!(form instanceof FormData)) {
      return { status: 'error', code: 'invalid', message: 'Dữ liệu gửi lên không hợp lệ.', fieldErrors: {} };
    }
    const values = withoutSecrets(formValues(form));
    const parsed = options.schema.safeParse((options.input ?? ((f: FormData) => nestFields(formToObject(f))))(form));
    if (!parsed.success) {
      return {
        status: 'error',
        code: 'invalid',
        message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
        fieldErrors: zodFields(parsed.error),
        values,
      };
    }
    const result = await run(parsed.data, user);
    if (!result.ok) {
      return {
        status: 'error',
        code: result.code,
        message: result.message,
        fieldErrors: result.fieldErrors ?? {},
        values,
      };
    }
    return { status: 'ok', message: result.message, redirectTo: result.redirectTo };
  };
}
