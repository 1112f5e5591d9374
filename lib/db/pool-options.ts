import type { PoolConfig } from 'pg';

// The node-postgres settings of every connection the app (and the benchmarks that mimic it) opens.
// JIT off: the catalog runs short OLTP statements, and PostgreSQL's JIT compiled them at a cost of tens of
// milliseconds each once the catalog grew large enough for the planner's cost estimates to cross its threshold.

export function pgPoolConfig(connectionString: string, max: number): PoolConfig {
  return { connectionString, max, idleTimeoutMillis: 30_000, options: '-c jit=off' };
}
