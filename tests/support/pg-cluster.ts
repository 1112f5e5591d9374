import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { Pool } from 'pg';
import { migratePool } from '@/db/migrate';
import { freePort } from './process';

// A PostgreSQL cluster of the test's own (Debian's pg_createcluster on a free port), for tests that stop
// or restart the database: the shared one on 5432 is never touched. Needs root (or the postgres user)
// and the postgresql package; `available()` says whether this machine can.

export type PgCluster = {
  port: number;
  /** postgres://postgres@127.0.0.1:<port>/<db> */
  url: (db: string) => string;
  createDatabase: (name: string) => Promise<string>;
  restart: () => void;
  stop: () => void;
  start: () => void;
  drop: () => void;
};

function version(): string | null {
  if (!existsSync('/usr/lib/postgresql')) return null;
  const versions = readdirSync('/usr/lib/postgresql').filter((v) => /^\d+$/.test(v));
  return versions.sort((a, b) => Number(b) - Number(a))[0] ?? null;
}

export function pgClusterAvailable(): boolean {
  const which = spawnSync('sh', ['-c', 'command -v pg_createcluster && command -v pg_ctlcluster']);
  return which.status === 0 && version() !== null && (process.getuid?.() === 0 || process.env.USER === 'postgres');
}

export async function createPgCluster(prefix: string): Promise<PgCluster> {
  const v = version();
  if (!v) throw new Error('PostgreSQL server binaries are not installed');
  const port = await freePort();
  const name = `${prefix}_${process.pid}_${port}`;
  const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  run('pg_createcluster', [v, name, '-p', String(port), '--', '--auth=trust']);
  const ctl = (action: string, ...extra: string[]) =>
    run('pg_ctlcluster', ['--skip-systemctl-redirect', v, name, action, ...extra]);
  ctl('start');
  const url = (db: string) => `postgres://postgres@127.0.0.1:${port}/${db}`;
  return {
    port,
    url,
    createDatabase: async (db) => {
      const admin = new Pool({ connectionString: url('postgres'), max: 1 });
      // Idle clients are terminated when a test drops its database or restarts its server: the pool drops them.
      admin.on('error', () => {});
      try {
        await admin.query(`create database "${db}"`);
      } finally {
        await admin.end();
      }
      const pool = new Pool({ connectionString: url(db), max: 2 });
      // Idle clients are terminated when a test drops its database or restarts its server: the pool drops them.
      pool.on('error', () => {});
      try {
        await migratePool(pool);
      } finally {
        await pool.end();
      }
      return url(db);
    },
    // fast: open connections are terminated (57P01), as in a failover or an operator's restart.
    restart: () => ctl('restart', '-m', 'fast'),
    stop: () => ctl('stop', '-m', 'fast'),
    start: () => ctl('start'),
    drop: () => {
      try {
        run('pg_dropcluster', ['--stop', v, name]);
      } catch {
        // already gone
      }
    },
  };
}
