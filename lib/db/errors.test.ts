import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './errors';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('is true for refused connections, shutdowns, start-up and terminated connections', () => {
    expect(isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('terminating connection due to administrator command', '57P01'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true);
    // PgBouncer in front of a server that is down answers with its own messages (SQLSTATE 08P01).
    expect(isDatabaseUnavailable(withCode('query_wait_timeout', '08P01'))).toBe(true);
    expect(
      isDatabaseUnavailable(withCode('server login has been failing, try again later (server_login_retry)', '08P01')),
    ).toBe(true);
    expect(isDatabaseUnavailable(withCode('server conn crashed?', '08P01'))).toBe(true);
    expect(isDatabaseUnavailable(new AggregateError([withCode('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')]))).toBe(
      true,
    );
  });

  it('looks through the causes a query error wraps (Drizzle wraps the driver error)', () => {
    const driver = withCode('terminating connection due to administrator command', '57P01');
    const wrapped = new Error('Failed query: select 1\nparams: ', { cause: driver });
    expect(isDatabaseUnavailable(wrapped)).toBe(true);
  });

  it('is false for failing queries and other errors', () => {
    expect(isDatabaseUnavailable(withCode('duplicate key value violates unique constraint "x"', '23505'))).toBe(false);
    expect(isDatabaseUnavailable(withCode('syntax error at or near "selec"', '42601'))).toBe(false);
    expect(isDatabaseUnavailable(new Error('Failed query: insert …', { cause: withCode('boom', 'P0001') }))).toBe(
      false,
    );
    expect(isDatabaseUnavailable(new TypeError('x is undefined'))).toBe(false);
    expect(isDatabaseUnavailable('ECONNREFUSED')).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});
