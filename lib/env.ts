import 'server-only';
import { z } from 'zod';
import { parseTrustedProxies } from '@/lib/http/proxy-trust';

// The only module that reads process.env. Parsed once, on first use; instrumentation.ts
// calls getEnv() at server start so a bad environment stops the process before it serves anything.

const emptyAsUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const redisUrl = z.string().refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL');

/** An http(s) origin or URL without a trailing slash. */
const httpUrl = z.url({ protocol: /^https?$/ }).transform((v) => v.replace(/\/+$/, ''));

/** host:port of a Redis Sentinel. */
/** A comma-separated list (blanks and empty items dropped), each item parsed by `item`; unset is []. */
function commaList<T extends z.ZodType<unknown, string>>(item: T) {
  return z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .optional()
      .transform((v) =>
        (v ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .pipe(z.array(item)),
  );
}

const sentinelAddress = z
  .string()
  .regex(/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'must be host:port')
  .transform((v) => {
    const at = v.lastIndexOf(':');
    return { host: v.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(v.slice(at + 1)) };
  })
  .refine((a) => a.port > 0 && a.port < 65536, 'port must be 1-65535');

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');

type GatewayEnv = {
  NODE_ENV: string;
  PAYMENT_SANDBOX?: 'true' | 'false' | undefined;
  PAYOS_CLIENT_ID?: string | undefined;
  PAYOS_API_KEY?: string | undefined;
  PAYOS_CHECKSUM_KEY?: string | undefined;
  VNPAY_TMN_CODE?: string | undefined;
  VNPAY_HASH_SECRET?: string | undefined;
  VNPAY_HOST?: string | undefined;
  MOMO_PARTNER_CODE?: string | undefined;
  MOMO_ACCESS_KEY?: string | undefined;
  MOMO_SECRET_KEY?: string | undefined;
  MOMO_ENDPOINT?: string | undefined;
};

// A gateway's keys come as a set: half a set is a typo that would silently hide the gateway. In
// production the host must be named (the defaults are the gateways' test hosts) and the sandbox is refused.
function checkGatewayKeys(env: GatewayEnv, ctx: z.RefinementCtx, building: boolean): void {
  const sets: [string, (keyof GatewayEnv)[]][] = [
    ['PayOS', ['PAYOS_CLIENT_ID', 'PAYOS_API_KEY', 'PAYOS_CHECKSUM_KEY']],
    ['VNPay', ['VNPAY_TMN_CODE', 'VNPAY_HASH_SECRET']],
    ['MoMo', ['MOMO_PARTNER_CODE', 'MOMO_ACCESS_KEY', 'MOMO_SECRET_KEY']],
  ];
  for (const [name, keys] of sets) {
    const given = keys.filter((k) => env[k]);
    if (given.length > 0 && given.length < keys.length) {
      for (const k of keys.filter((key) => !env[key])) {
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: `is required with the other ${name} keys (${keys.join(', ')})`,
        });
      }
    }
  }
  if (env.NODE_ENV !== 'production' || building) return;
  if (env.PAYMENT_SANDBOX === 'true') {
    ctx.addIssue({ code: 'custom', path: ['PAYMENT_SANDBOX'], message: 'cannot be enabled in production' });
  }
  if (env.VNPAY_TMN_CODE && !env.VNPAY_HOST) {
    ctx.addIssue({
      code: 'custom',
      path: ['VNPAY_HOST'],
      message: 'is required in production with VNPay keys (e.g. https://pay.vnpay.vn)',
    });
  }
  if (env.MOMO_PARTNER_CODE && !env.MOMO_ENDPOINT) {
    ctx.addIssue({
      code: 'custom',
      path: ['MOMO_ENDPOINT'],
      message: 'is required in production with MoMo keys (e.g. https://payment.momo.vn)',
    });
  }
}

/** AUTH_JWT_KEYS: `kid:secret` pairs, comma-separated, the signing key first. */
const jwtKeys = z.string().transform((value, ctx) => {
  const keys = value
    .split(',')
    .map((pair) => pair.trim())
    .filter(Boolean)
    .map((pair) => {
      const at = pair.indexOf(':');
      return { kid: pair.slice(0, at), secret: pair.slice(at + 1) };
    });
  const kids = new Set<string>();
  for (const { kid, secret } of keys) {
    if (!/^[A-Za-z0-9_.-]{1,64}$/.test(kid) || secret.length < 32 || kids.has(kid)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'use kid:secret pairs separated by commas (unique ids of letters, digits, _ . -; secrets >= 32 characters)',
      });
      return z.NEVER;
    }
    kids.add(kid);
  }
  if (keys.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'lists no key' });
    return z.NEVER;
  }
  return keys;
});

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    /** Set by Next itself; `next build` imports modules but connects to nothing. */
    NEXT_PHASE: optionalString,
    /** PostgreSQL primary. Unset: embedded PGlite in PGLITE_DIR (refused in production). */
    DATABASE_URL: z.preprocess(emptyAsUndefined, postgresUrl.optional()),
    /** Comma-separated read replicas for catalog reads. */
    DATABASE_REPLICA_URLS: commaList(postgresUrl),
    DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
    /** A replica further behind the primary than this is skipped for reads (the primary serves them). */
    DATABASE_REPLICA_MAX_LAG_SECONDS: z.coerce.number().min(0).max(3600).default(5),
    PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.data/pglite')),
    /** TCP Redis (ioredis) for carts, rate limits, locks and short caches. Wins over Upstash when both are set. */
    REDIS_URL: z.preprocess(emptyAsUndefined, redisUrl.optional()),
    /** Redis Sentinels (host:port, comma-separated): ioredis asks them for the current primary of REDIS_SENTINEL_NAME. */
    REDIS_SENTINELS: commaList(sentinelAddress),
    /** The primary's name in the Sentinels' configuration (`sentinel monitor <name> …`). */
    REDIS_SENTINEL_NAME: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .regex(/^[A-Za-z0-9._-]{1,64}$/, 'use 1-64 letters, digits or . _ -')
        .default('mymaster'),
    ),
    /** Password of the Sentinels themselves (requirepass in sentinel.conf), when they have one. */
    REDIS_SENTINEL_PASSWORD: optionalString,
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
    /**
     * Redis for the shared page and data cache (lib/cache); unset: REDIS_URL. Best a Redis of its own with
     * `maxmemory` and `allkeys-lru`, so that the cache can never push out carts.
     */
    CACHE_REDIS_URL: z.preprocess(emptyAsUndefined, redisUrl.optional()),
    /** Longest life of a cached page or data entry, in seconds (tags expire them earlier). */
    CACHE_TTL_SECONDS: z.coerce.number().int().min(60).max(2_592_000).default(86_400),
    /** Most entries kept; the oldest go first. */
    CACHE_MAX_ENTRIES: z.coerce.number().int().min(100).max(10_000_000).default(50_000),
    /** Most entries kept for filtered listings (query strings anyone can make up); the oldest go first. */
    CACHE_MAX_FILTERED_ENTRIES: z.coerce.number().int().min(10).max(1_000_000).default(2_000),
    /** Larger entries are not cached. */
    CACHE_MAX_ENTRY_BYTES: z.coerce.number().int().min(10_000).max(50_000_000).default(2_000_000),
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
    /** Hoarding caps: units of one variant in one order, and open unpaid online orders per phone/e-mail and per address. */
    ORDER_MAX_UNITS_PER_VARIANT: z.coerce.number().int().min(1).max(99).default(10),
    MAX_OPEN_UNPAID_ORDERS_PER_CONTACT: z.coerce.number().int().min(1).max(100).default(2),
    MAX_OPEN_UNPAID_ORDERS_PER_IP: z.coerce.number().int().min(1).max(1000).default(5),
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
    /** Run the sweep that expires unpaid online orders inside this instance (default on; safe with several). */
    EXPIRY_WORKER: z
      .preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true'))
      .transform((v) => v === 'true'),
    /** SMTP connections kept open and used side by side (nodemailer's pooled transport). */
    SMTP_POOL_CONNECTIONS: z.coerce.number().int().min(1).max(50).default(5),
    /** E-mail jobs one instance sends at once. */
    EMAIL_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(16),
    /** The SMTP provider's limit: e-mails per second across all instances (the job queue enforces it). */
    EMAIL_RATE_PER_SECOND: z.coerce.number().int().min(1).max(10_000).default(100),
    /** How long a worker holds an outbox row while sending it; after that another worker may take it. */
    OUTBOX_LEASE_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
    /** Fetch the home, top category and product pages after start and every 30 minutes (needs REDIS_URL). */
    CACHE_WARMUP: z
      .preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true'))
      .transform((v) => v === 'true'),
    /** Set (to any value) so that Next leaves SIGTERM to us and requests are drained (lib/lifecycle/shutdown.ts). */
    NEXT_MANUAL_SIG_HANDLE: optionalString,
    /** On SIGTERM: how long requests in flight may take to finish before the process exits. */
    SHUTDOWN_DRAIN_SECONDS: z.coerce.number().int().min(0).max(300).default(10),
    /** Days between a confirmed account/data erasure request and the erasure (the customer may cancel meanwhile). */
    DATA_ERASURE_GRACE_DAYS: z.coerce.number().int().min(0).max(90).default(14),
    /** Run the personal-data jobs (due erasures, retention purge) inside this instance (default on; safe with several). */
    PRIVACY_WORKER: z
      .preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true'))
      .transform((v) => v === 'true'),
    /** PayOS (VietQR): all three keys or none. PAYOS_BASE_URL points the client at a stand-in in tests. */
    PAYOS_CLIENT_ID: optionalString,
    PAYOS_API_KEY: optionalString,
    PAYOS_CHECKSUM_KEY: optionalString,
    PAYOS_BASE_URL: z.preprocess(emptyAsUndefined, httpUrl.default('https://api-merchant.payos.vn')),
    /** VNPay: both keys or none. VNPAY_HOST is the payment origin (sandbox.vnpayment.vn or pay.vnpay.vn). */
    VNPAY_TMN_CODE: optionalString,
    VNPAY_HASH_SECRET: optionalString,
    VNPAY_HOST: z.preprocess(emptyAsUndefined, httpUrl.optional()),
    /** MoMo v2 gateway: all three keys or none. MOMO_ENDPOINT is test-payment.momo.vn or payment.momo.vn. */
    MOMO_PARTNER_CODE: optionalString,
    MOMO_ACCESS_KEY: optionalString,
    MOMO_SECRET_KEY: optionalString,
    MOMO_ENDPOINT: z.preprocess(emptyAsUndefined, httpUrl.optional()),
    /**
     * Local payment simulators for gateways without keys (development only). Default: on in development,
     * off otherwise; refused in production.
     */
    PAYMENT_SANDBOX: z.preprocess(emptyAsUndefined, z.enum(['true', 'false']).optional()),
    /** Bearer token for GET /api/metrics; unset: open in development, closed to everyone in production. */
    METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
    /** Signs and encrypts session cookies (Auth.js) and derives e-mailed one-time tokens; required in production (>= 32 chars). */
    AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, 'must be at least 32 characters').default('dev-only-auth-secret-change-me-0123456789'),
    ),
    /** Google sign-in: both or neither (OAuth client from Google Cloud console). */
    AUTH_GOOGLE_ID: optionalString,
    AUTH_GOOGLE_SECRET: optionalString,
    /**
     * Keys that sign the mobile app's access tokens, by key id: `kid:secret,kid:secret` (secrets >= 32
     * characters, no commas). The first signs; every listed key verifies, so a new key goes first and the old
     * one stays listed until the tokens it signed have expired (15 minutes). Unset: one key derived from AUTH_SECRET.
     */
    AUTH_JWT_KEYS: z.preprocess(emptyAsUndefined, jwtKeys.optional()),
    /** Google client ids of the mobile apps (comma-separated): the audiences accepted for Google ID tokens. */
    AUTH_GOOGLE_MOBILE_CLIENT_IDS: commaList(z.string()),
    /** Where Google publishes the keys that sign its ID tokens (a local key set in tests). */
    AUTH_GOOGLE_JWKS_URL: z.preprocess(emptyAsUndefined, httpUrl.default('https://www.googleapis.com/oauth2/v3/certs')),
    /** Cloudinary API key and secret: sign admin image uploads (/api/admin/cloudinary/sign). Both or neither. */
    CLOUDINARY_API_KEY: optionalString,
    CLOUDINARY_API_SECRET: optionalString,
    /** Where admin image uploads are stored when Cloudinary is not configured (development). */
    UPLOAD_DIR: z.preprocess(emptyAsUndefined, z.string().default('./.data/uploads')),
    /** Password hashing cost (argon2id memory in KiB and passes); the defaults follow OWASP's minimum. */
    PASSWORD_HASH_MEMORY_KIB: z.coerce.number().int().min(8192).max(1_048_576).default(19_456),
    PASSWORD_HASH_PASSES: z.coerce.number().int().min(1).max(10).default(2),
    /**
     * Our own reverse proxies, as comma-separated addresses or CIDRs (e.g. `10.0.0.0/8,127.0.0.1`): the client is
     * the right-most X-Forwarded-For address they did not add. Or TRUSTED_PROXY_HOPS: how many proxies stand in
     * front (1 for one nginx). Neither: the socket's peer is the client and X-Forwarded-For is ignored.
     */
    TRUSTED_PROXIES: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .refine((v) => {
          try {
            parseTrustedProxies(v);
            return true;
          } catch {
            return false;
          }
        }, 'must be comma-separated IP addresses or CIDRs')
        .optional(),
    ),
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Seed the demo catalog into an empty embedded database on first start (default on). */
    SEED_ON_FIRST_START: z
      .preprocess(emptyAsUndefined, z.enum(['true', 'false']).default('true'))
      .transform((v) => v === 'true'),
  })
  .superRefine((env, ctx) => {
    const building = env.NEXT_PHASE === 'phase-production-build';
    checkGatewayKeys(env, ctx, building);
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
    if (env.NODE_ENV === 'production' && !building && env.AUTH_SECRET.startsWith('dev-only')) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message: 'is required in production (openssl rand -base64 32)',
      });
    }
    for (const [a, b] of [
      ['AUTH_GOOGLE_ID', 'AUTH_GOOGLE_SECRET'],
      ['CLOUDINARY_API_KEY', 'CLOUDINARY_API_SECRET'],
    ] as const) {
      if (Boolean(env[a]) !== Boolean(env[b])) {
        ctx.addIssue({ code: 'custom', path: [env[a] ? b : a], message: `${a} and ${b} must be set together` });
      }
    }
    if (env.NODE_ENV === 'production' && !building && !env.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production (order e-mails)' });
    }
    if (env.TRUSTED_PROXIES && env.TRUSTED_PROXY_HOPS > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['TRUSTED_PROXY_HOPS'],
        message: 'set TRUSTED_PROXIES or TRUSTED_PROXY_HOPS, not both',
      });
    }
    if (Boolean(env.UPSTASH_REDIS_REST_URL) !== Boolean(env.UPSTASH_REDIS_REST_TOKEN)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.UPSTASH_REDIS_REST_URL ? 'UPSTASH_REDIS_REST_TOKEN' : 'UPSTASH_REDIS_REST_URL'],
        message: 'UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together',
      });
    }
    if (
      env.NODE_ENV === 'production' &&
      !env.REDIS_URL &&
      env.REDIS_SENTINELS.length === 0 &&
      !env.UPSTASH_REDIS_REST_URL &&
      !building
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['REDIS_URL'],
        message:
          'is required in production (or UPSTASH_REDIS_REST_URL + UPSTASH_REDIS_REST_TOKEN): the in-memory store is for development only. Set REDIS_URL=redis://…',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Whether the local payment simulators may run: never in production, on by default in development. */
export function paymentSandboxEnabled(env: Pick<Env, 'NODE_ENV' | 'PAYMENT_SANDBOX'>): boolean {
  if (env.NODE_ENV === 'production') return false;
  return (env.PAYMENT_SANDBOX ?? (env.NODE_ENV === 'development' ? 'true' : 'false')) === 'true';
}

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
