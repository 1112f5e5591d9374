// What the admin catalog functions answer. Expected refusals (a taken slug, a category that still has
// products) are values the form shows; `tags` lists the cached entries the change made stale.

export type Failure = {
  ok: false;
  code: 'conflict' | 'not_found' | 'invalid';
  message: string;
  fieldErrors?: Record<string, string>;
};
export type Done<T extends object = object> = { ok: true; message: string; tags: string[] } & T;
export type Outcome<T extends object = object> = Done<T> | Failure;

export const notFound = (message: string): Failure => ({ ok: false, code: 'not_found', message });
export const invalid = (message: string, fieldErrors?: Record<string, string>): Failure => ({
  ok: false,
  code: 'invalid',
  message,
  fieldErrors,
});
export const conflict = (message: string, fieldErrors?: Record<string, string>): Failure => ({
  ok: false,
  code: 'conflict',
  message,
  fieldErrors,
});

/** The unique constraint a failed statement broke (node-postgres and PGlite, wrapped by Drizzle or not). */
export function uniqueViolation(err: unknown): string | null {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
  }
  return null;
}

/** Ledger and audit rows name staff this way (checkout writes 'checkout', webhooks 'gateway:…'). */
export const staffActor = (actor: { email: string }) => `staff:${actor.email}`;
