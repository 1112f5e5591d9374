import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Debian's own daemons, run by the cluster test on free ports in one temporary folder: PostgreSQL (initdb,
// pg_ctl, pg_basebackup), PgBouncer, redis-server, redis-sentinel and nginx. PostgreSQL and PgBouncer refuse
// to run as root, so as root they run as the `postgres` user that Debian's package creates.

export const PG_BIN = process.env.CLUSTER_PG_BIN ?? findPgBin();

function findPgBin(): string {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return '';
  const versions = execFileSync('ls', [base]).toString().trim().split('\n').filter(Boolean).sort();
  const newest = versions.at(-1);
  return newest ? path.join(base, newest, 'bin') : '';
}

export const DAEMONS = {
  postgres: path.join(PG_BIN, 'postgres'),
  pgbouncer: '/usr/sbin/pgbouncer',
  redisServer: '/usr/bin/redis-server',
  redisSentinel: '/usr/bin/redis-sentinel',
  nginx: '/usr/sbin/nginx',
} as const;

export function missingDaemons(): string[] {
  return Object.entries(DAEMONS)
    .filter(([, file]) => !existsSync(file))
    .map(([name]) => name);
}

const asRoot = process.getuid?.() === 0;

/** The command line, run as `postgres` when we are root. */
function asPostgres(cmd: string, args: string[]): [string, string[]] {
  return asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
}

/** A folder the `postgres` user (PostgreSQL, PgBouncer) can write. */
export function postgresDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  chmodSync(dir, 0o700);
  return dir;
}

function run(cmd: string, args: string[], what: string): void {
  try {
    execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    const e = err as { stderr?: Buffer; stdout?: Buffer };
    throw new Error(`${what} failed: ${e.stderr?.toString() ?? ''}${e.stdout?.toString() ?? ''}`);
  }
}

// --- PostgreSQL -----------------------------------------------------------------------------------

export type PgServer = { name: string; port: number; dataDir: string; url: (db?: string) => string };

const PG_SETTINGS = [
  'listen_addresses=127.0.0.1',
  'max_connections=200',
  'wal_level=replica',
  'max_wal_senders=5',
  'hot_standby=on',
  // A test cluster on a shared machine: no fsync (nothing here must survive a power cut).
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'shared_buffers=64MB',
  'log_min_messages=warning',
];

function pgServer(name: string, dataDir: string, port: number): PgServer {
  return {
    name,
    port,
    dataDir,
    url: (db = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${db}`,
  };
}

export function pgStart(server: PgServer, socketDir: string): void {
  const opts = [`-p ${server.port}`, `-k ${socketDir}`, ...PG_SETTINGS.map((s) => `-c ${s}`)].join(' ');
  const [cmd, args] = asPostgres(path.join(PG_BIN, 'pg_ctl'), [
    '-D',
    server.dataDir,
    '-o',
    opts,
    '-l',
    path.join(path.dirname(server.dataDir), `${server.name}.log`),
    '-w',
    '-t',
    '60',
    'start',
  ]);
  run(cmd, args, `starting PostgreSQL ${server.name}`);
}

export function pgStop(server: PgServer, mode: 'fast' | 'immediate' = 'fast'): void {
  const [cmd, args] = asPostgres(path.join(PG_BIN, 'pg_ctl'), ['-D', server.dataDir, '-m', mode, '-w', 'stop']);
  run(cmd, args, `stopping PostgreSQL ${server.name}`);
}

export function pgStopQuietly(server: PgServer): void {
  try {
    pgStop(server, 'immediate');
  } catch {
    // not running
  }
}

export function pgInitPrimary(root: string, port: number, socketDir: string): PgServer {
  const dataDir = path.join(postgresDir(path.join(root, 'pg')), 'primary');
  const [cmd, args] = asPostgres(path.join(PG_BIN, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '-E',
    'UTF8',
    '--locale=C.UTF-8',
  ]);
  run(cmd, args, 'initdb');
  const server = pgServer('primary', dataDir, port);
  pgStart(server, socketDir);
  return server;
}

/** A streaming replica of the primary, made with pg_basebackup (-R writes its primary_conninfo). */
export function pgInitReplica(root: string, primary: PgServer, port: number, socketDir: string): PgServer {
  const dataDir = path.join(postgresDir(path.join(root, 'pg')), 'replica');
  const [cmd, args] = asPostgres(path.join(PG_BIN, 'pg_basebackup'), [
    '-h',
    '127.0.0.1',
    '-p',
    String(primary.port),
    '-U',
    'postgres',
    '-D',
    dataDir,
    '-R',
    '-X',
    'stream',
    '-c',
    'fast',
  ]);
  run(cmd, args, 'pg_basebackup');
  const server = pgServer('replica', dataDir, port);
  pgStart(server, socketDir);
  return server;
}

// --- long-running processes -------------------------------------------------------------------------

export type Daemon = {
  name: string;
  child: ChildProcess;
  logFile: string;
  stop: (signal?: NodeJS.Signals) => Promise<void>;
};

export function startDaemon(
  name: string,
  cmd: string,
  args: string[],
  logFile: string,
  options: { asPostgres?: boolean; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Daemon {
  const [c, a] = options.asPostgres ? asPostgres(cmd, args) : [cmd, args];
  const fd = openSync(logFile, 'a');
  const child = spawn(c, a, {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  child.on('error', () => {});
  return {
    name,
    child,
    logFile,
    stop: (signal: NodeJS.Signals = 'SIGTERM') => stopChild(child, signal),
  };
}

export function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', timeoutMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      try {
        child.kill('SIGKILL');
      } catch {
        // gone
      }
    }, timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    try {
      child.kill(signal);
    } catch {
      clearTimeout(timer);
      resolve();
    }
  });
}

// --- PgBouncer --------------------------------------------------------------------------------------

export function startPgbouncer(root: string, name: string, port: number, pgPort: number): Daemon {
  const dir = postgresDir(path.join(root, name));
  const userlist = path.join(dir, 'userlist.txt');
  writeFileSync(userlist, '"postgres" ""\n');
  const ini = path.join(dir, 'pgbouncer.ini');
  writeFileSync(
    ini,
    `[databases]
* = host=127.0.0.1 port=${pgPort}

[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${port}
unix_socket_dir =
auth_type = trust
auth_file = ${userlist}
admin_users = postgres
pool_mode = transaction
max_client_conn = 1000
default_pool_size = 20
; a server that is down fails the waiting clients fast instead of holding them
server_login_retry = 1
server_connect_timeout = 2
query_wait_timeout = 3
ignore_startup_parameters = extra_float_digits,options
logfile = ${path.join(dir, 'pgbouncer.log')}
`,
  );
  if (asRoot) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  return startDaemon(name, DAEMONS.pgbouncer, [ini], path.join(root, `${name}.out`), { asPostgres: true });
}

// --- Redis and Sentinel -------------------------------------------------------------------------------

export function startRedis(root: string, name: string, port: number, replicaOf?: number): Daemon {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'];
  if (replicaOf) args.push('--replicaof', '127.0.0.1', String(replicaOf));
  return startDaemon(name, DAEMONS.redisServer, args, path.join(root, `${name}.log`));
}

export function startSentinel(root: string, name: string, port: number, master: string, masterPort: number): Daemon {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  const conf = path.join(dir, 'sentinel.conf');
  // Sentinel rewrites its own file (known replicas, epochs), so each one has its own.
  writeFileSync(
    conf,
    `port ${port}
bind 127.0.0.1
dir ${dir}
sentinel monitor ${master} 127.0.0.1 ${masterPort} 2
sentinel down-after-milliseconds ${master} 1000
sentinel failover-timeout ${master} 5000
sentinel parallel-syncs ${master} 1
`,
  );
  return startDaemon(name, DAEMONS.redisSentinel, [conf], path.join(root, `${name}.log`));
}

// --- nginx ----------------------------------------------------------------------------------------------

/** Renders ${VAR} in a template like the nginx image's envsubst step; an unknown variable is an error. */
export function renderTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(/\$\{([A-Z0-9_]+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`template variable ${name} has no value`);
    return value;
  });
}

export type NginxSetup = { dir: string; confFile: string; upstreamFile: string };

/** nginx with the repository's deploy/nginx files, rendered for these ports; returns what scripts/deploy needs. */
export function writeNginxConfig(
  root: string,
  repoDir: string,
  ports: { http: number; https: number },
  upstreams: string[],
): NginxSetup {
  const dir = path.join(root, 'nginx');
  for (const sub of ['tmp', 'cache', 'tls', 'logs']) mkdirSync(path.join(dir, sub), { recursive: true, mode: 0o777 });
  chmodSync(path.join(dir, 'tmp'), 0o777);
  chmodSync(path.join(dir, 'cache'), 0o777);
  const tls = path.join(dir, 'tls');
  run(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-keyout',
      path.join(tls, 'privkey.pem'),
      '-out',
      path.join(tls, 'fullchain.pem'),
    ],
    'openssl',
  );
  const upstreamFile = path.join(dir, 'upstream.conf');
  writeFileSync(upstreamFile, upstreams.map((u) => `server ${u} max_fails=1 fail_timeout=2s;\n`).join(''));
  writeFileSync(
    path.join(dir, 'locations.conf'),
    readFileSync(path.join(repoDir, 'deploy/nginx/locations.conf'), 'utf8'),
  );
  const site = renderTemplate(readFileSync(path.join(repoDir, 'deploy/nginx/audio-tai-loc.conf.template'), 'utf8'), {
    NGINX_CONF_DIR: dir,
    NGINX_HTTP_PORT: `127.0.0.1:${ports.http}`,
    NGINX_HTTPS_PORT: `127.0.0.1:${ports.https}`,
    NGINX_TLS_DIR: tls,
    NGINX_CACHE_DIR: path.join(dir, 'cache'),
  });
  writeFileSync(path.join(dir, 'audio-tai-loc.conf'), site);
  const confFile = path.join(dir, 'nginx.conf');
  const tmp = (n: string) => path.join(dir, 'tmp', n);
  writeFileSync(
    confFile,
    `worker_processes 2;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'logs', 'error.log')} warn;
events { worker_connections 2048; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${path.join(dir, 'logs', 'access.log')};
  client_body_temp_path ${tmp('body')};
  proxy_temp_path ${tmp('proxy')};
  fastcgi_temp_path ${tmp('fastcgi')};
  uwsgi_temp_path ${tmp('uwsgi')};
  scgi_temp_path ${tmp('scgi')};
  include ${path.join(dir, 'audio-tai-loc.conf')};
}
`,
  );
  run(DAEMONS.nginx, ['-t', '-p', dir, '-c', confFile], 'nginx -t');
  return { dir, confFile, upstreamFile };
}

export function startNginx(root: string, setup: NginxSetup): Daemon {
  return startDaemon(
    'nginx',
    DAEMONS.nginx,
    ['-p', setup.dir, '-c', setup.confFile, '-g', 'daemon off;'],
    path.join(root, 'nginx.out'),
  );
}
