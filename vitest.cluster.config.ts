import path from 'node:path';
import { defineConfig } from 'vitest/config';

// The cluster suite (`npm run test:cluster`): nginx, three app instances, PostgreSQL primary + replica behind
// PgBouncer, Redis + Sentinels, all started by the test. Slower than `npm test`, so it has its own command.
const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      'server-only': path.join(root, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    name: 'cluster',
    environment: 'node',
    include: ['tests/cluster/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    // Timing-dependent scenarios on a shared 2-core machine (a replica check, a cache entry written while
    // another instance renders): a scenario gets two more tries; a real break fails all three.
    retry: 2,
  },
});
