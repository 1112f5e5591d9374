import path from 'node:path';
import { defineConfig } from 'vitest/config';

// `npm run test:restore`: the point-in-time restore drill (its own PostgreSQL clusters and pgBackRest
// repository; a few minutes). Kept out of `npm test`; .ci/run runs it after the suite.
const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: { '@': root, 'server-only': path.join(root, 'tests/support/empty-module.ts') },
  },
  test: {
    name: 'restore',
    environment: 'node',
    include: ['tests/restore/**/*.test.ts'],
    testTimeout: 600_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
