import { stdSerializers } from 'pino';

// The `err` serializer of every log line. A failed query reaches us as Drizzle's DrizzleQueryError, whose
// message, `query` and `params` hold the SQL with its parameters (a shopper's phone, e-mail, address),
// wrapping the driver's error, whose `detail`/`where` repeat values ("Key (email)=(…) already exists").
// Such an error is logged as the driver's code and message only. Other errors keep pino's standard
// shape restricted to fields that carry no data (type, message, stack, codes).

type Serialized = Record<string, unknown>;

const KEPT_FIELDS = ['type', 'message', 'stack', 'code', 'errno', 'syscall', 'responseCode', 'statusCode', 'status'];

function isQueryError(err: Error): boolean {
  return err.name === 'DrizzleQueryError' || ('query' in err && 'params' in err);
}

/** A driver error: pg's DatabaseError and PGlite's carry a SQLSTATE `code` and a `severity`. */
function isDriverError(err: Error): boolean {
  return 'severity' in err && typeof (err as { code?: unknown }).code === 'string';
}

function chain(err: Error): Error[] {
  const out: Error[] = [];
  let current: unknown = err;
  while (current instanceof Error && out.length < 8) {
    out.push(current);
    current = current.cause;
  }
  return out;
}

export function serializeError(err: unknown): unknown {
  if (!(err instanceof Error)) return err;
  const errors = chain(err);
  const queryError = errors.find(isQueryError);
  const driverError = errors.find(isDriverError);
  if (queryError || driverError) {
    // The driver's error is the first one after the query error (or the query error itself without one).
    const source = driverError ?? errors[errors.indexOf(queryError as Error) + 1] ?? null;
    const code = source ? (source as { code?: unknown }).code : undefined;
    return {
      type: 'DatabaseError',
      ...(typeof code === 'string' ? { code } : {}),
      message: source ? source.message : 'query failed',
    } satisfies Serialized;
  }
  // Anything else: only fields known to carry no data. Client errors carry what they were sending
  // (nodemailer's `rejected` recipients, ioredis' `command` with its arguments).
  const full = stdSerializers.err(err) as unknown as Serialized;
  const out: Serialized = {};
  for (const field of KEPT_FIELDS) if (full[field] !== undefined) out[field] = full[field];
  return out;
}
