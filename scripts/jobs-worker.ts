// npm run jobs:worker – the background jobs without the web server: the outbox relay, the e-mail
// channel's workers and the scheduled jobs, on DATABASE_URL and REDIS_URL. Run it beside web instances
// started with OUTBOX_WORKER=false to keep sending off the machines that serve shoppers. SIGTERM stops
// taking jobs, lets the running ones finish (SHUTDOWN_DRAIN_SECONDS at most) and closes the connections.
import nextEnv from '@next/env';

nextEnv.loadEnvConfig(process.cwd());

const { getEnv } = await import('@/lib/env');
const env = getEnv();
if (!env.REDIS_URL || !env.DATABASE_URL) {
  console.error('jobs worker: DATABASE_URL and REDIS_URL are required');
  process.exit(1);
}
const { getDb } = await import('@/lib/db/client');
await getDb();
const { startBackgroundWork } = await import('@/lib/jobs/start');
await startBackgroundWork({ ownSignals: true });
const { logger } = await import('@/lib/log/logger');
logger.info('jobs worker running');
