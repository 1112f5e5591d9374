// What the logger hides, whatever code hands it. Code should not log secrets, tokens, passwords or full
// phone numbers at all; this is the safety net. Paths are pino's redaction paths (fast-redact syntax):
// each key at the top level and one or two levels down.

const SECRET_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'authorization',
  'cookie',
  'set-cookie',
  'cartId',
  'idempotencyKey',
  'signature',
  'checksum',
  'apiKey',
  'hash',
];
const PHONE_KEYS = ['phone', 'recipientPhone', 'customerPhone'];

const bracket = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `["${k}"]`);

function at(keys: string[]): string[] {
  return keys.flatMap((k) => [bracket(k).replace(/^\./, ''), `*${bracket(k)}`, `*.*${bracket(k)}`]);
}

export const REDACT_PATHS = [...at(SECRET_KEYS), ...at(PHONE_KEYS), 'req.headers.cookie', 'req.headers.authorization'];

const PHONE_KEY_SET = new Set(PHONE_KEYS);

/** A phone number keeps its last three digits (enough to tell two apart in a support call); the rest is hidden. */
export function maskPhone(value: unknown): string {
  const digits = String(value ?? '').replace(/\D/g, '');
  return digits.length > 3 ? `***${digits.slice(-3)}` : '***';
}

export function censor(value: unknown, path: string[]): unknown {
  const last = path[path.length - 1] ?? '';
  return PHONE_KEY_SET.has(last) ? maskPhone(value) : '[redacted]';
}
