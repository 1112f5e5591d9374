// Runs once when a server instance starts: validate the environment (a bad one stops start-up with a
// list of what is wrong), open the database (on the embedded default: migrate and seed before the
// first request) and Redis, register the shared page cache on Redis, (printing a warning when it is the in-memory development store), and start
// the outbox worker that sends e-mail and the sweep that expires unpaid online orders.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('@/lib/env');
  const env = getEnv();
  if (env.NEXT_PHASE === 'phase-production-build') return;
  // Before the first request: Next's cache handler looks for the shared store when it is created.
  const { registerCacheStore } = await import('@/lib/cache/register');
  registerCacheStore();
  const [{ getDb }, { getRedis }] = await Promise.all([import('@/lib/db/client'), import('@/lib/redis/client')]);
  await Promise.all([getDb(), getRedis()]);
  if (env.OUTBOX_WORKER) {
    const { startOutboxWorker } = await import('@/lib/outbox/scheduler');
    startOutboxWorker();
  }
  if (env.EXPIRY_WORKER) {
    const { startExpiryWorker } = await import('@/lib/payments/expiry-scheduler');
    startExpiryWorker();
  }
}
