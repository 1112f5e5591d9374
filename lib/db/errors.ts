// Whether an error means "the database cannot be reached right now" (as opposed to a bug or a bad
// query): the caller answers 503 with Retry-After and a Vietnamese message, as it does when Redis is
// down, instead of a 500. Plain module (no server-only): route handlers, server actions and the
// pages' error boundary all use it.

/** SQLSTATEs of a server that is shutting down, starting, or refusing connections for now. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: terminated by a fast/immediate shutdown or pg_terminate_backend
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, shutting down, in recovery
  '53300', // too_many_connections
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
]);

/** Node socket errors on the way to the server. */
const UNAVAILABLE_SYSCALL_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** node-postgres' own messages for a connection that went away or never came (they carry no code). */
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/i, // "Connection terminated unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect/i, // pool.connect timed out
  /^Client has encountered a connection error and is not queryable/i,
  /^Cannot use a pool after calling end on the pool/i,
  /^terminating connection due to/i,
  /^the database system is (starting up|shutting down|in recovery mode)/i,
  // PgBouncer's own answers (SQLSTATE 08P01) while the server behind it is down or unreachable.
  /^server login has been failing/i,
  /^query_wait_timeout/i,
  /^server conn crashed/i,
  /^pgbouncer cannot connect to server/i,
  /^server closed the connection unexpectedly/i,
  /^no more connections allowed/i,
];

function oneUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SYSCALL_CODES.has(code))) {
    return true;
  }
  if (err.name === 'DatabaseUnavailableError') return true;
  // AggregateError: a refused connection to a host with several addresses (IPv4 and IPv6).
  if (err instanceof AggregateError && err.errors.some(oneUnavailable)) return true;
  return UNAVAILABLE_MESSAGES.some((re) => re.test(err.message));
}

/**
 * True when `err` (or an error it wraps: Drizzle wraps driver errors in `cause`) says the database is
 * unreachable: connection refused or reset, the server shutting down (57P01) or starting (57P03), a
 * terminated connection, a pool timeout. A failing query (syntax, constraint, bad input) is not.
 */
export function isDatabaseUnavailable(err: unknown): boolean {
  let current: unknown = err;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (oneUnavailable(current)) return true;
    current = current.cause;
  }
  return false;
}

/** How long an answer given while the database is down asks the client to wait. */
export const DATABASE_RETRY_AFTER_SECONDS = 15;
