import { describe, expect, it } from 'vitest';
import { isReplicaUnavailable } from './read-router';
import { primaryPinSeconds } from './read-your-writes';

const pgError = (code: string) => Object.assign(new Error(`error ${code}`), { code });

describe('read routing', () => {
  it('sends a read to the primary when the replica cannot serve, not when the query itself is wrong', () => {
    // Network and PgBouncer failures, a server shutting down or full, a recovery conflict on the standby.
    for (const err of [
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6432'), { code: 'ECONNREFUSED' }),
      new Error('Connection terminated unexpectedly'),
      new Error('timeout exceeded when trying to connect'),
      pgError('08P01'), // PgBouncer: query_wait_timeout, server login failing
      pgError('57P01'), // admin_shutdown
      pgError('57P03'), // cannot_connect_now (starting up)
      pgError('53300'), // too_many_connections
      pgError('40001'), // canceling statement due to conflict with recovery
    ]) {
      expect(isReplicaUnavailable(err), err.message).toBe(true);
    }
    for (const err of [pgError('42P01'), pgError('22P02'), pgError('23505'), pgError('57014'), 'not an error']) {
      expect(isReplicaUnavailable(err), String(err)).toBe(false);
    }
  });

  it('keeps a shopper on the primary for longer than the worst lag a replica in use can have', () => {
    expect(primaryPinSeconds(5)).toBe(13);
    expect(primaryPinSeconds(0)).toBe(3);
    expect(primaryPinSeconds(2)).toBeGreaterThan(2 + 1); // the lag limit plus the second between checks
  });
});
