import 'server-only';
import type { Pool, PoolClient, QueryConfig, QueryResult } from 'pg';

// Read routing between the primary and its streaming replicas. A replica takes reads only while its last
// check (every CHECK_INTERVAL_MS) found it answering and at most maxLagSeconds behind the primary. A read
// that fails on a replica because the replica (or the PgBouncer before it) is unavailable is marked down
// and the read is sent to the primary at once, so a replica that dies between two checks costs no error.
// With the primary unavailable as well, reads go to any replica, lagging or not.

const CHECK_INTERVAL_MS = 1_000;
const CHECK_TIMEOUT_MS = 3_000;

// How far behind the primary a standby is, from the standby alone: it is current when it has replayed all
// the WAL it received. Otherwise the router remembers the received position and when it saw it; the lag is
// how long the standby has taken to replay past that point (replay paused, or stuck behind a long query).
// pg_last_xact_replay_timestamp() is not used: after a quiet spell it is old even on a standby that is only
// replaying a checkpoint, which reads as seconds of lag that are not there.
const LAG_SQL = `select pg_is_in_recovery() as standby,
  pg_last_wal_receive_lsn()::text as received,
  coalesce(pg_last_wal_receive_lsn() <= pg_last_wal_replay_lsn(), false) as current,
  coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as passed`;

type LagRow = { standby: boolean; received: string | null; current: boolean; passed: boolean };

type Logger = { warn: (obj: object, msg: string) => void; info: (obj: object, msg: string) => void };

export type ReplicaState = {
  readonly name: string;
  readonly pool: Pool;
  usable: boolean;
  lagSeconds: number | null;
  reason: string | null;
  /** WAL position received but not yet replayed at the last check, and when that was seen. */
  behind?: { lsn: string; since: number } | undefined;
};

/** SQLSTATE classes that mean "this server cannot serve now", not "this query is wrong". */
const UNAVAILABLE_CLASSES = new Set(['08', '53', '57', '58']);

/**
 * Whether a failed read may be retried on the primary: the connection failed (network errors, PgBouncer's
 * 08P01 answers), the server is shutting down or out of resources, or the standby cancelled the query for
 * a recovery conflict (40001). A statement timeout (57014) is the query's own fault and is not retried.
 */
export function isReplicaUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as Error & { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return true; // ECONNREFUSED, timeouts, resets
  if (code === '57014') return false;
  if (code === '40001') return true;
  return UNAVAILABLE_CLASSES.has(code.slice(0, 2));
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class ReplicaRouter {
  readonly replicas: ReplicaState[];
  private next = 0;
  private timer: NodeJS.Timeout | undefined;
  private checking = false;

  constructor(
    readonly primary: Pool,
    replicas: { name: string; pool: Pool }[],
    private readonly options: { maxLagSeconds: number; logger?: Logger; checkIntervalMs?: number },
  ) {
    // Until its first check a replica takes nothing: the primary is always correct.
    this.replicas = replicas.map((r) => ({ ...r, usable: false, lagSeconds: null, reason: 'not checked yet' }));
  }

  /** Checks the replicas now and then every second, in the background (the timer keeps no process alive). */
  start(): void {
    if (this.timer || this.replicas.length === 0) return;
    void this.check();
    this.timer = setInterval(() => void this.check(), this.options.checkIntervalMs ?? CHECK_INTERVAL_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One round of checks; resolves when every replica has answered or timed out. */
  async check(): Promise<void> {
    if (this.checking) return;
    this.checking = true;
    try {
      await Promise.all(this.replicas.map((r) => this.checkOne(r)));
    } finally {
      this.checking = false;
    }
  }

  private async checkOne(replica: ReplicaState): Promise<void> {
    try {
      const { rows } = await withTimeout(
        replica.pool.query<LagRow>(LAG_SQL, [replica.behind?.lsn ?? '0/0']),
        CHECK_TIMEOUT_MS,
        'replica check',
      );
      const lag = this.lagOf(replica, rows[0]);
      replica.lagSeconds = lag;
      if (lag > this.options.maxLagSeconds) {
        this.setState(replica, false, `lag ${lag.toFixed(1)} s > ${this.options.maxLagSeconds} s`);
      } else {
        this.setState(replica, true, null);
      }
    } catch (err) {
      replica.lagSeconds = null;
      this.setState(replica, false, err instanceof Error ? err.message : String(err));
    }
  }

  private lagOf(replica: ReplicaState, row: LagRow | undefined): number {
    const now = Date.now();
    if (!row) return Number.POSITIVE_INFINITY;
    // Not a standby (a promoted replica): as current as it gets.
    if (!row.standby || row.current) {
      replica.behind = undefined;
      return 0;
    }
    // A standby that has not received anything yet (still connecting to the primary): unknown, not used.
    if (!row.received) return Number.POSITIVE_INFINITY;
    if (!replica.behind || row.passed) {
      // Caught up with what it had at the last check: at most one check interval behind.
      replica.behind = { lsn: row.received, since: now };
      return 0;
    }
    return (now - replica.behind.since) / 1000;
  }

  private setState(replica: ReplicaState, usable: boolean, reason: string | null): void {
    const changed = replica.usable !== usable;
    replica.usable = usable;
    replica.reason = reason;
    if (!changed) return;
    if (usable) this.options.logger?.info({ replica: replica.name }, 'read replica back in use');
    else this.options.logger?.warn({ replica: replica.name, reason }, 'read replica skipped; reads go to the primary');
  }

  /** A usable replica (round-robin), or undefined when none is: the caller reads the primary. */
  pickReplica(): ReplicaState | undefined {
    const n = this.replicas.length;
    for (let i = 0; i < n; i++) {
      const replica = this.replicas[(this.next + i) % n];
      if (replica?.usable) {
        this.next = (this.next + i + 1) % n;
        return replica;
      }
    }
    return undefined;
  }

  /** Any replica, usable or not (round-robin): the last resort for a read when the primary is unavailable. */
  anyReplica(): ReplicaState | undefined {
    const replica = this.replicas[this.next % Math.max(1, this.replicas.length)];
    this.next = (this.next + 1) % Math.max(1, this.replicas.length);
    return replica;
  }

  /** A replica that failed a read: skipped until its next check finds it healthy. */
  markUnavailable(replica: ReplicaState, err: unknown): void {
    this.setState(replica, false, err instanceof Error ? err.message : String(err));
  }

  /**
   * Waits until every usable replica has replayed the primary's WAL as of now, so that what was just
   * committed is on them; a replica that has not within `timeoutMs` is skipped until its next good check.
   * Called before a cache entry is expired: the entry is refilled from a replica at the next request.
   */
  async waitForReplay(timeoutMs: number): Promise<void> {
    const usable = this.replicas.filter((r) => r.usable);
    if (usable.length === 0) return;
    const { rows } = await this.primary.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
    const lsn = rows[0]?.lsn;
    if (!lsn) return;
    const deadline = Date.now() + timeoutMs;
    await Promise.all(
      usable.map(async (replica) => {
        while (Date.now() < deadline) {
          try {
            const { rows: r } = await withTimeout(
              replica.pool.query<{ done: boolean }>(
                'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, true) as done',
                [lsn],
              ),
              CHECK_TIMEOUT_MS,
              'replay check',
            );
            if (r[0]?.done) return;
          } catch (err) {
            this.markUnavailable(replica, err);
            return;
          }
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        this.markUnavailable(replica, new Error(`had not replayed ${lsn} after ${timeoutMs} ms`));
      }),
    );
  }

  /** What drizzle takes as its client for reads: queries go to a replica, or to the primary when none is usable. */
  readonly readPool = new ReadRoutingPool(this);
}

/**
 * The read side as drizzle sees it: a pg Pool look-alike (drizzle checks that the class name contains
 * "Pool" to take a dedicated client for a transaction). A plain query falls back to the primary when the
 * replica is unavailable; a transaction stays where it started.
 */
export class ReadRoutingPool {
  constructor(private readonly router: ReplicaRouter) {}

  async query(config: string | QueryConfig, values?: unknown[]): Promise<QueryResult> {
    const replica = this.router.pickReplica();
    if (!replica) {
      try {
        return await this.router.primary.query(config, values);
      } catch (err) {
        // The primary is down too: a replica skipped for lag or a slow check still has a catalog to show,
        // older by a few seconds, which beats an error page.
        const fallback = isReplicaUnavailable(err) ? this.router.anyReplica() : undefined;
        if (!fallback) throw err;
        return fallback.pool.query(config, values);
      }
    }
    try {
      return await replica.pool.query(config, values);
    } catch (err) {
      if (!isReplicaUnavailable(err)) throw err;
      this.router.markUnavailable(replica, err);
      return this.router.primary.query(config, values);
    }
  }

  connect(): Promise<PoolClient> {
    return (this.router.pickReplica()?.pool ?? this.router.primary).connect();
  }
}
