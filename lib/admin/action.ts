import 'server-only';
import type { z } from 'zod';
import { zodFields } from '@/lib/api/errors';
import type { Permission } from '@/lib/auth/roles';
import { can } from '@/lib/auth/roles';
import { getCurrentUser } from '@/lib/auth/session';
import { DATABASE_DOWN_MESSAGE } from '@/lib/core/outage-messages';
import { isDatabaseUnavailable } from '@/lib/db/errors';
import { logger } from '@/lib/log/logger';
import type { SessionUser } from '@/lib/auth/users';

// Every /admin server action goes through adminAction: it checks the caller's permission before it
// looks at the input (a server action is a public POST endpoint: anyone can call it with anything),
// then parses the form with zod and hands typed input to the lib function. Failures come back as
// values the form shows beside its fields; nothing is written.

export type ActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string; redirectTo?: string }
  | {
      status: 'error';
      code: 'unauthorized' | 'forbidden' | 'invalid' | 'conflict' | 'not_found' | 'unavailable';
      message: string;
      fieldErrors: Record<string, string>;
      values?: Record<string, string>;
    };

export type ActionResult =
  | { ok: true; message: string; redirectTo?: string }
  | { ok: false; code: 'conflict' | 'not_found' | 'invalid'; message: string; fieldErrors?: Record<string, string> };

/** The form's text fields as typed (to put back after an error); files are left out. */
export function formValues(form: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$ACTION')) values[key] = value;
  }
  return values;
}

/** FormData -> plain object: repeated keys become arrays, checkboxes 'on'; React's own $ACTION fields are dropped. */
export function formToObject(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(form.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const all = form.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

export async function authorizeAction(
  permission: Permission,
): Promise<{ ok: true; user: SessionUser } | { ok: false; state: ActionState }> {
  const user = await getCurrentUser();
  if (!user) {
    return {
      ok: false,
      state: {
        status: 'error',
        code: 'unauthorized',
        message: 'Phiên đăng nhập đã hết, vui lòng đăng nhập lại.',
        fieldErrors: {},
      },
    };
  }
  if (!can(user.role, permission)) {
    return {
      ok: false,
      state: {
        status: 'error',
        code: 'forbidden',
        message: 'Bạn không có quyền thực hiện thao tác này.',
        fieldErrors: {},
      },
    };
  }
  return { ok: true, user };
}

type Authorize = () => Promise<{ ok: true; user: SessionUser } | { ok: false; state: ActionState }>;

const withoutSecrets = (values: Record<string, string>) =>
  Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));

/**
 * The shape every guarded form action shares: who is asking first, then the form parsed with zod, then the
 * lib function; failures come back with the field errors and what was typed (never a password).
 */
export function guardedFormAction<S extends z.ZodType>(
  authorize: Authorize,
  options: { schema: S; input?: (form: FormData) => unknown },
  run: (input: z.infer<S>, user: SessionUser) => Promise<ActionResult>,
): (prev: ActionState, form: FormData) => Promise<ActionState> {
  const action = async (form: FormData): Promise<ActionState> => {
    const allowed = await authorize();
    if (!allowed.ok) return allowed.state;
    if (!(form instanceof FormData)) {
      return { status: 'error', code: 'invalid', message: 'Dữ liệu gửi lên không hợp lệ.', fieldErrors: {} };
    }
    const values = withoutSecrets(formValues(form));
    const parsed = options.schema.safeParse((options.input ?? formToObject)(form));
    if (!parsed.success) {
      return {
        status: 'error',
        code: 'invalid',
        message: 'Vui lòng kiểm tra lại các trường được đánh dấu.',
        fieldErrors: zodFields(parsed.error),
        values,
      };
    }
    const result = await run(parsed.data, allowed.user);
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
  return async (_prev, form) => {
    try {
      return await action(form);
    } catch (err) {
      // PostgreSQL restarting or failing over (the guard reads the user from it too): say so and keep what
      // was typed; a transaction that did not commit wrote nothing.
      if (!isDatabaseUnavailable(err)) throw err;
      logger.error({ err }, 'database unavailable in a form action');
      const values = form instanceof FormData ? withoutSecrets(formValues(form)) : {};
      return { status: 'error', code: 'unavailable', message: DATABASE_DOWN_MESSAGE, fieldErrors: {}, values };
    }
  };
}

export function adminAction<S extends z.ZodType>(
  options: { permission?: Permission; schema: S; input?: (form: FormData) => unknown },
  run: (input: z.infer<S>, actor: SessionUser) => Promise<ActionResult>,
): (prev: ActionState, form: FormData) => Promise<ActionState> {
  return guardedFormAction(() => authorizeAction(options.permission ?? 'admin:access'), options, run);
}
