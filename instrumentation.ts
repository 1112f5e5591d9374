// Runs once when a server instance starts: validate the environment (a bad one stops start-up with a
// list of what is wrong) and, on the embedded default, migrate and seed before the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getEnv } = await import('@/lib/env');
  const env = getEnv();
  if (env.NEXT_PHASE === 'phase-production-build') return;
  const { getDb } = await import('@/lib/db/client');
  await getDb();
}
