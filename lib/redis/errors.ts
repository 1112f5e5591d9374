import type { RedisBackend } from './types';

// Every backend failure (connection refused or lost, timeout, HTTP error, an error reply) reaches
// callers as this one type, so a route can answer 503 without knowing which backend runs.

export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';

  constructor(
    readonly backend: RedisBackend,
    readonly operation: string,
    cause: unknown,
  ) {
    const reason = describe(cause);
    super(`Redis (${backend}) ${operation} failed: ${reason.message}`, { cause: reason });
  }
}

/**
 * By name as well as by class: Next bundles server code more than once (route handlers, server
 * actions), so an error thrown by one copy of this module is not an instance of another copy's class.
 */
export function isRedisUnavailable(err: unknown): err is RedisUnavailableError {
  return err instanceof RedisUnavailableError || (err instanceof Error && err.name === 'RedisUnavailableError');
}

/**
 * A copy of the cause with its name, message, code and stack only. Client errors carry the command
 * with its arguments (ioredis' `command`, Upstash's "command was: […]"), and those hold cart ids,
 * which are bearer secrets: they must not reach the logs.
 */
function describe(cause: unknown): Error {
  if (!(cause instanceof Error)) return new Error(String(cause));
  const copy = new Error(cause.message.replace(/, command was: [\s\S]*$/, ''));
  copy.name = cause.name;
  if (cause.stack) copy.stack = cause.stack.replace(cause.message, copy.message);
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}
