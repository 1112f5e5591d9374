// Runs once when a server instance starts: validate the environment (a bad one stops start-up with a
// list of what is wrong), record each request's socket address for the client IP, open the database (on
// the embedded default: migrate and seed before the first request) and Redis (printing a warning when it
// is the in-memory development store), start the outbox (relayed to the job queue with TCP Redis, sent
// in-process otherwise), the job workers, the sweep that expires unpaid online orders and the hourly
// personal-data jobs (due erasures, retention purge), and take over SIGTERM for a graceful shutdown. The
// shared page cache on Redis is registered before the first request. Before any of that, every HTTP request
// starts being timed and logged (lib/log/http-instrumentation.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('@/lib/env');
  const env = getEnv();
  if (env.NEXT_PHASE === 'phase-production-build') return;
  // First, before any request: the socket's address is what the client IP is derived from.
  const { installFrontDoorHook } = await import('@/lib/http/front-door-hook');
  installFrontDoorHook();
  const { startHttpInstrumentation } = await import('@/lib/log/http-instrumentation');
  startHttpInstrumentation();
  // Before the first request: Next's cache handler looks for the shared store when it is created.
  const { registerCacheStore } = await import('@/lib/cache/register');
  registerCacheStore();
  const [{ getDb }, { getRedis }] = await Promise.all([import('@/lib/db/client'), import('@/lib/redis/client')]);
  await Promise.all([getDb(), getRedis()]);
  const { startBackgroundWork } = await import('@/lib/jobs/start');
  await startBackgroundWork();
  if (env.PRIVACY_WORKER) {
    const { startPrivacyWorker } = await import('@/lib/privacy/scheduler');
    startPrivacyWorker();
  }
}
