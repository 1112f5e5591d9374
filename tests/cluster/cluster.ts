import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, closeSync, cpSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import { migratePool } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedCatalog } from '@/db/seed/seed';
import type { Db } from '@/lib/db/types';
import { freePort } from '../support/process';
import { startSmtpSink } from '../support/smtp-sink';
import {
  type Daemon,
  type NginxSetup,
  type PgServer,
  pgInitPrimary,
  pgInitReplica,
  pgStart,
  pgStop,
  pgStopQuietly,
  postgresDir,
  startNginx,
  startPgbouncer,
  startRedis,
  startSentinel,
  stopChild,
  writeNginxConfig,
} from './services';

// The seed's topology on one machine, without Docker: nginx in front of three app instances (the standalone
// build, each in a folder of its own as in its own container), PostgreSQL primary + streaming replica each
// behind PgBouncer in transaction pooling, Redis primary + replica watched by three Sentinels. Each app
// instance is supervised: when it exits it is started again, as a container's restart policy would.

export const SENTINEL_MASTER = 'atl';
const DATABASE = 'atl_cluster';

export class AppInstance {
  child: ChildProcess | undefined;
  restarts = 0;
  private stopping = false;

  constructor(
    readonly name: string,
    readonly port: number,
    readonly dir: string,
    readonly pidFile: string,
    private readonly env: NodeJS.ProcessEnv,
    private readonly logFile: string,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  start(): void {
    const fd = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, ['server.js'], { cwd: this.dir, env: this.env, stdio: ['ignore', fd, fd] });
    closeSync(fd);
    this.child = child;
    writeFileSync(this.pidFile, String(child.pid));
    child.on('exit', () => {
      if (this.stopping) return;
      this.restarts++;
      setTimeout(() => {
        if (!this.stopping) this.start();
      }, 200);
    });
  }

  /** Until /api/health answers (a restarted instance is listening again). */
  async waitHealthy(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(2000) });
        if (res.ok) return;
      } catch {
        // not yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`${this.name} did not become healthy within ${timeoutMs} ms (log: ${this.logFile})`);
  }

  async shutdown(): Promise<void> {
    this.stopping = true;
    if (this.child) await stopChild(this.child, 'SIGTERM', 15_000);
  }
}

export type Cluster = {
  root: string;
  nginxUrl: string;
  nginxHttpsPort: number;
  nginx: NginxSetup & { daemon: Daemon };
  instances: AppInstance[];
  pg: { primary: PgServer; replica: PgServer; socketDir: string };
  bouncers: { primary: { port: number; daemon: Daemon }; replica: { port: number; daemon: Daemon } };
  redis: { ports: number[]; daemons: Daemon[]; sentinelPorts: number[]; sentinels: Daemon[] };
  /** Direct connection to the primary (not through PgBouncer), for the test's own checks. */
  primaryDb: { pool: Pool; db: Db };
  replicaPool: Pool;
  databaseUrl: string;
  startPrimary: () => void;
  stopPrimary: () => void;
  startReplica: () => void;
  stopReplica: () => void;
  stop: () => Promise<void>;
};

export async function startCluster(options: {
  repoDir: string;
  instances?: number;
  log?: (msg: string) => void;
}): Promise<Cluster> {
  const log = options.log ?? (() => {});
  const { repoDir } = options;
  const standalone = path.join(repoDir, '.next/standalone');
  if (!existsSync(path.join(standalone, 'server.js')))
    throw new Error(`no standalone build in ${standalone}: run next build`);

  const root = mkdtempSync('/tmp/atl-cluster-');
  chmodSync(root, 0o755); // the postgres user walks through it
  const cleanups: (() => Promise<void> | void)[] = [];
  const stop = async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        log(`cleanup: ${(err as Error).message}`);
      }
    }
    if (process.env.CLUSTER_KEEP !== '1') rmSync(root, { recursive: true, force: true });
  };

  try {
    const socketDir = postgresDir(path.join(root, 'pg-sockets'));
    chmodSync(socketDir, 0o755);
    const [pgPrimaryPort, pgReplicaPort, bPrimaryPort, bReplicaPort] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);

    log('PostgreSQL primary');
    const primary = pgInitPrimary(root, pgPrimaryPort, socketDir);
    cleanups.push(() => pgStopQuietly(primary));
    const admin = new Pool({ connectionString: primary.url(), max: 1 });
    await admin.query(`create database ${DATABASE}`);
    await admin.end();
    const primaryPool = new Pool({ connectionString: primary.url(DATABASE), max: 4 });
    // The test stops and starts these servers: their idle clients are terminated (57P01), and the pool drops them.
    primaryPool.on('error', () => {});
    cleanups.push(() => primaryPool.end());
    const primaryDb = drizzle({ client: primaryPool, schema }) as unknown as Db;
    log('migrate and seed (directly on the primary, as the migrate job does)');
    await migratePool(primaryPool);
    await seedCatalog(primaryDb, 0);
    // Stock for a steady stream of orders during the whole test.
    await primaryPool.query('update variants set stock = 100000');

    log('PostgreSQL replica (pg_basebackup)');
    const replica = pgInitReplica(root, primary, pgReplicaPort, socketDir);
    cleanups.push(() => pgStopQuietly(replica));
    const replicaPool = new Pool({ connectionString: replica.url(DATABASE), max: 2 });
    replicaPool.on('error', () => {});
    cleanups.push(() => replicaPool.end());

    log('PgBouncer ×2');
    const bPrimary = startPgbouncer(root, 'pgbouncer-primary', bPrimaryPort, pgPrimaryPort);
    cleanups.push(() => bPrimary.stop());
    const bReplica = startPgbouncer(root, 'pgbouncer-replica', bReplicaPort, pgReplicaPort);
    cleanups.push(() => bReplica.stop());

    log('Redis primary, replica and three Sentinels');
    const redisPorts = [await freePort(), await freePort()];
    const [r0, r1] = redisPorts as [number, number];
    const redisPrimary = startRedis(root, 'redis-a', r0);
    const redisReplica = startRedis(root, 'redis-b', r1, r0);
    const redisDaemons = [redisPrimary, redisReplica];
    cleanups.push(() => Promise.all(redisDaemons.map((d) => d.stop())).then(() => {}));
    await waitFor(() => redisReplicated(r1), 20_000, 'Redis replica in sync');
    const sentinelPorts = [await freePort(), await freePort(), await freePort()];
    const sentinels = sentinelPorts.map((p, i) => startSentinel(root, `sentinel-${i + 1}`, p, SENTINEL_MASTER, r0));
    cleanups.push(() => Promise.all(sentinels.map((d) => d.stop())).then(() => {}));

    const smtp = await startSmtpSink();
    cleanups.push(() => smtp.close());

    log('app instances (standalone build, one folder each)');
    const count = options.instances ?? 3;
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    const nginxUrl = `http://127.0.0.1:${httpPort}`;
    const instances: AppInstance[] = [];
    for (let i = 1; i <= count; i++) {
      const dir = path.join(root, `app${i}`);
      cpSync(standalone, dir, { recursive: true });
      cpSync(path.join(repoDir, '.next/static'), path.join(dir, '.next/static'), { recursive: true });
      if (existsSync(path.join(repoDir, 'public')))
        cpSync(path.join(repoDir, 'public'), path.join(dir, 'public'), { recursive: true });
      const port = await freePort();
      const env: NodeJS.ProcessEnv = {
        PATH: process.env.PATH,
        NODE_ENV: 'production',
        PORT: String(port),
        HOSTNAME: '127.0.0.1',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URL: `postgres://postgres@127.0.0.1:${bPrimaryPort}/${DATABASE}`,
        DATABASE_REPLICA_URLS: `postgres://postgres@127.0.0.1:${bReplicaPort}/${DATABASE}`,
        DATABASE_REPLICA_MAX_LAG_SECONDS: '2',
        DATABASE_POOL_MAX: '8',
        REDIS_SENTINELS: sentinelPorts.map((p) => `127.0.0.1:${p}`).join(','),
        REDIS_SENTINEL_NAME: SENTINEL_MASTER,
        REDIS_KEY_PREFIX: 'atl:',
        // nginx is the only proxy; shoppers come from other loopback addresses (127.1.x.y).
        TRUSTED_PROXIES: '127.0.0.1/32',
        SMTP_URL: smtp.url,
        ORDER_TOKEN_SECRET: 'cluster-order-token-secret-0123456789abcdef',
        AUTH_SECRET: 'cluster-auth-secret-0123456789abcdef0123456789',
        SITE_URL: nginxUrl,
        UPLOAD_DIR: path.join(dir, 'uploads'),
        LOG_LEVEL: process.env.CLUSTER_LOG_LEVEL ?? 'warn',
        // As in the Docker image: SIGTERM drains the instance (ready 503, requests in flight finish) before it exits.
        NEXT_MANUAL_SIG_HANDLE: 'true',
      };
      const instance = new AppInstance(
        `app${i}`,
        port,
        dir,
        path.join(root, `app${i}.pid`),
        env,
        path.join(root, `app${i}.log`),
      );
      instances.push(instance);
      cleanups.push(() => instance.shutdown());
      instance.start();
    }
    for (const instance of instances) await instance.waitHealthy(90_000);

    log('nginx');
    const setup = writeNginxConfig(
      root,
      repoDir,
      { http: httpPort, https: httpsPort },
      instances.map((i) => `127.0.0.1:${i.port}`),
    );
    const nginxDaemon = startNginx(root, setup);
    cleanups.push(() => nginxDaemon.stop('SIGQUIT'));
    await waitFor(
      async () => (await fetch(`${nginxUrl}/api/health`).catch(() => null))?.ok === true,
      20_000,
      'nginx answering',
    );

    const socket = socketDir;
    return {
      root,
      nginxUrl,
      nginxHttpsPort: httpsPort,
      nginx: { ...setup, daemon: nginxDaemon },
      instances,
      pg: { primary, replica, socketDir },
      bouncers: {
        primary: { port: bPrimaryPort, daemon: bPrimary },
        replica: { port: bReplicaPort, daemon: bReplica },
      },
      redis: { ports: redisPorts, daemons: redisDaemons, sentinelPorts, sentinels },
      primaryDb: { pool: primaryPool, db: primaryDb },
      replicaPool,
      databaseUrl: primary.url(DATABASE),
      startPrimary: () => pgStart(primary, socket),
      stopPrimary: () => pgStop(primary, 'fast'),
      startReplica: () => pgStart(replica, socket),
      stopReplica: () => pgStop(replica, 'fast'),
      stop,
    };
  } catch (err) {
    log(`start-up failed, logs in ${root}`);
    process.env.CLUSTER_KEEP ??= '1';
    await stop();
    throw err;
  }
}

export async function waitFor(
  check: () => Promise<boolean> | boolean,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    try {
      if (await check()) return Date.now() - started;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** redis-cli against a local port; '' when it does not answer. */
export function redisCli(port: number, ...args: string[]): string {
  try {
    return execFileSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], { timeout: 5000 })
      .toString()
      .trim();
  } catch {
    return '';
  }
}

function redisReplicated(replicaPort: number): boolean {
  return /master_link_status:up/.test(redisCli(replicaPort, 'info', 'replication'));
}
