import type { Cleanup } from './cleanup';
import type { BenchEnv } from './config';
import { createBenchDatabase, seedBenchDatabase } from './database';
import { openBenchRedis } from './redis';
import { prepareApp, serverEnv, startServer } from './server';
import { startSmtpSink, type SmtpSink } from './smtp-sink';

// Everything a benchmark runs against, each piece registered with cleanup as soon as it exists:
// Redis (a key prefix of its own), a fresh seeded database, an SMTP sink, a production build and its
// standalone server.

export type BenchStack = {
  url: string;
  databaseUrl: string;
  redisUrl: string;
  redisKeyPrefix: string;
  smtp: SmtpSink;
  /** The server's process id (its memory is read after the run). */
  serverPid: number;
};

export type StackOptions = {
  stamp: string;
  port: number;
  /** Catalog size; unset: the demo catalog only. */
  products?: number;
};

export async function startBenchStack(env: BenchEnv, options: StackOptions, cleanup: Cleanup): Promise<BenchStack> {
  const name = `bench_${options.stamp}`;
  const redisUrl = env.BENCH_REDIS_URL;
  const redisKeyPrefix = `${name}:`;
  await openBenchRedis(redisUrl, redisKeyPrefix, cleanup);

  const databaseUrl = await createBenchDatabase(env.BENCH_PG_ADMIN_URL, name, cleanup);
  await seedBenchDatabase(databaseUrl, options.products);

  const siteUrl = `http://127.0.0.1:${options.port}`;
  const smtp = await startSmtpSink();
  const appEnv = serverEnv({ databaseUrl, redisUrl, redisKeyPrefix, siteUrl, smtpUrl: smtp.url });
  const appDir = await prepareApp(appEnv, { build: !env.BENCH_SKIP_BUILD }, cleanup);
  const { url, pid } = await startServer(appDir, options.port, appEnv, cleanup);

  return { url, databaseUrl, redisUrl, redisKeyPrefix, smtp, serverPid: pid };
}
