import 'server-only';
import { z } from 'zod';

// The only module that reads process.env (CONVENTIONS 4). Parsed once, on first use; instrumentation.ts
// calls getEnv() at server start so a bad environment stops the process before it serves anything.

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const redisUrl = z.string().refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** Set by Next itself; `next build` imports modules but connects to nothing. */
    NEXT_PHASE: optionalString,
    /** PostgreSQL primary. Unset: embedded PGlite in PGLITE_DIR (refused in production). */
    DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
    /** Comma-separated read replicas for catalog reads. */
    DATABASE_REPLICA_URLS: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .optional()
        .transform((v) =>
          v
            ? v
                .split(',')
                .map((s) => s.trim())
                .filter(Boolean)
            : [],
        )
        .pipe(z.array(postgresUrl)),
    ),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.data/pglite')),
    /** TCP Redis (ioredis) for carts, rate limits, locks and short caches. Wins over Upstash when both are set. */
    REDIS_URL: z.preprocess(emptyAsUndefined, redisUrl.optional()),
    /** Upstash Redis over HTTPS (serverless hosting); both or neither. */
    UPSTASH_REDIS_REST_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
    UPSTASH_REDIS_REST_TOKEN: optionalString,
    /** Prepended to every Redis key, so several apps or test runs can share one database. */
    REDIS_KEY_PREFIX: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9:_.-]{1,64}$/, 'use 1-64 letters, digits or : _ . -')
        .default('atl:'),
    ),
    /** Public origin used for canonical URLs, sitemaps and e-mails. */
    SITE_URL: z
      .preprocess(emptyAsUndefined, z.url().default('http://localhost:3000'))
      .transform((v) => v.replace(/\/+$/, '')),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Cloudinary cloud name; when set, product images with a Cloudinary public id are served by Cloudinary. */
    NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME: optionalString,
    /** Signs guest order links and the mobile app's order tokens; required in production (>= 32 chars). */
    ORDER_TOKEN_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, 'must be at least 32 characters').default('dev-only-order-token-secret-change-me!!'),
    ),
    /** Flat shipping fee in VND, and the subtotal from which shipping is free. */
    SHIPPING_FEE_VND: z.coerce.number().int().min(0).max(10_000_000).default(30_000),
    FREE_SHIPPING_MIN_VND: z.coerce.number().int().min(0).max(2_000_000_000).default(1_000_000),
    /** Minutes an online payment may take before the order expires and its stock comes back. */
    PAYMENT_WINDOW_MINUTES: z.coerce.number().int().min(5).max(1440).default(15),
    /** SMTP server for e-mail, e.g. smtps://user:pass@smtp.example.com:465. Unset in development: mail goes to MAIL_DIR. */
    SMTP_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL')
        .optional(),
    ),
    MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().default('Audio Tài Lộc <no-reply@audiotailoc.vn>')),
    MAIL_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.data/mail')),
    /** Run the outbox worker (e-mail) inside this instance (default on; safe with several instances). */
    OUTBOX_WORKER: z
      .preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true'))
      .transform((v) => v === 'true'),
    /** Bearer secret for /api/cron/* routes called by an external scheduler. */
    CRON_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
    /** Seed the demo catalog into an empty embedded database on first start (default on). */
    SEED_ON_FIRST_START: z
      .preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true'))
      .transform((v) => v === 'true'),
  })
  .superRefine((env, ctx) => {
    const building = env.NEXT_PHASE === 'phase-production-build';
    if (env.NODE_ENV === 'production' && !env.DATABASE_URL && !building) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_URL'],
        message:
          'is required in production: the embedded PGlite database is for development only. Set DATABASE_URL=postgres://…',
      });
    }
    if (env.NODE_ENV === 'production' && !building && env.ORDER_TOKEN_SECRET.startsWith('dev-only')) {
      ctx.addIssue({ code: 'custom', path: ['ORDER_TOKEN_SECRET'], message: 'is required in production' });
    }
    if (env.NODE_ENV === 'production' && !building && !env.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production (order e-mails)' });
    }
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.UPSTASH_REDIS_REST_URL ? 'UPSTASH_REDIS_REST_TOKEN' : 'UPSTASH_REDIS_REST_URL'],
        message: 'UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together',
      });
    }
    if (env.NODE_ENV === 'production' && !env.REDIS_URL && !env.UPSTASH_REDIS_REST_URL && !building) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_URL'],
        message:
          'is required in production (or UPSTASH_REDIS_REST_URL + UPSTASH_REDIS_REST_TOKEN): the in-memory store is for development only. Set REDIS_URL=redis://…',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function formatEnvError(error: z.ZodError): string {
  const lines = error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
  return `Invalid environment:\n${lines.join('\n')}`;
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) throw new Error(formatEnvError(result.error));
  return result.data;
}

export function getEnv(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
