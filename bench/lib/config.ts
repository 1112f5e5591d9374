import { z } from 'zod';

// Benchmark knobs, read from the environment once. The benchmarks are dev tools outside the app, so they
// do not go through lib/env.ts (which would demand the app's own variables).

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const positiveInt = (fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().default(fallback));

const benchEnvSchema = z.object({
  /** Where `create database` / `drop database` run. */
  BENCH_PG_ADMIN_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//)
      .default('postgres://postgres@127.0.0.1:5432/postgres'),
  ),
  /** The server's Redis; each run uses its own key prefix there (bench/lib/redis.ts). */
  BENCH_REDIS_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//)
      .default('redis://127.0.0.1:6379'),
  ),
  BENCH_DURATION: positiveInt(10),
  BENCH_CONNECTIONS: positiveInt(50),
  BENCH_WARMUP_REQUESTS: positiveInt(200),
  BENCH_PRODUCTS: positiveInt(10_000),
  /** Seconds per long-tail mix (bench/long-tail.ts); each runs at 16 and at 4 connections. */
  BENCH_LONG_TAIL_DURATION: positiveInt(12),
  /** 0: skip the long-tail mixes. */
  BENCH_LONG_TAIL: z.preprocess(emptyAsUndefined, z.enum(['0', '1']).default('1')).transform((v) => v === '1'),
  /** Seconds per checkout scenario (add-to-cart, place-order). */
  BENCH_CHECKOUT_DURATION: positiveInt(10),
  /**
   * Stock of the one variant every place-order buyer buys; meant to be fewer than the orders the run
   * attempts, so that it sells out and the out-of-stock path runs under contention. Unset: sized from
   * the warm-up's pace (bench/checkout.ts).
   */
  BENCH_CHECKOUT_STOCK: z.preprocess(emptyAsUndefined, z.coerce.number().int().positive().optional()),
  /** Port for the server the benchmark starts; unset: each benchmark's own default. */
  BENCH_PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65_535).optional()),
  /** 1: only the checkout part (and its e-mail lag), not the catalog routes. */
  BENCH_ONLY_CHECKOUT: z.preprocess(emptyAsUndefined, z.enum(['0', '1']).default('0')).transform((v) => v === '1'),
  /** 1: reuse the existing .next build. */
  BENCH_SKIP_BUILD: z.preprocess(emptyAsUndefined, z.enum(['0', '1']).default('0')).transform((v) => v === '1'),
  /** An already running server (Lighthouse only): no database, no build, no server start. */
  BENCH_URL: z.preprocess(emptyAsUndefined, z.url().optional()).transform((v) => v?.replace(/\/+$/, '')),
  BENCH_CHROME_PATH: z.preprocess(emptyAsUndefined, z.string().default('/usr/bin/chromium')),
});

export type BenchEnv = z.infer<typeof benchEnvSchema>;

export function getBenchEnv(): BenchEnv {
  const result = benchEnvSchema.safeParse(process.env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid benchmark environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

/** 20261105T101500 style, shared by the database name and the results file of one run. */
export function runStamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, '').slice(0, 15).toLowerCase();
}
