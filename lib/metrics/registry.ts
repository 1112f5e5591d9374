import 'server-only';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

// Prometheus metrics of this instance, served by GET /api/metrics (each instance is scraped on its own).
// Kept on globalThis so that Next's separate server bundles and dev hot reloads share one registry
// instead of registering the same metric twice.
//
// Cardinality: every label takes values from a closed set (route patterns from Next's route manifest,
// status codes, gateways, payment methods, funnel steps); never a URL, an id or a user.

/** Request latency buckets in seconds: dense around the 200 ms objective. */
export const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.5, 0.75, 1, 2.5, 5, 10];
const DB_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export const FUNNEL_STEPS = ['add_to_cart', 'checkout', 'placed', 'paid'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

type Metrics = {
  registry: Registry;
  httpDuration: Histogram<'method' | 'route' | 'status'>;
  dbStatementDuration: Histogram<'pool'>;
  dbStatementErrors: Counter<'pool'>;
  cacheLookups: Counter<'cache' | 'result'>;
  ordersPlaced: Counter<'payment_method'>;
  orderValue: Counter<'payment_method'>;
  revenue: Counter<'payment_method'>;
  funnel: Counter<'step'>;
  sellOuts: Counter;
  payments: Counter<'gateway' | 'result'>;
  webhooks: Counter<'gateway' | 'outcome'>;
  webhookRejections: Counter<'gateway' | 'reason'>;
  ordersExpired: Counter;
  redisErrors: Counter<'operation'>;
  dbPoolConnections: Gauge<'pool' | 'state'>;
  dbReplicaLag: Gauge<'pool'>;
  outboxBacklog: Gauge;
  outboxOldestAge: Gauge;
};

const key = Symbol.for('audio-tai-loc.metrics');
type GlobalWithMetrics = typeof globalThis & { [key]?: Metrics };

function create(): Metrics {
  const registry = new Registry();
  // Node's own: CPU, memory, GC, handles, and event-loop lag (atl_nodejs_eventloop_lag_*_seconds).
  collectDefaultMetrics({ register: registry, prefix: 'atl_', eventLoopMonitoringPrecision: 20 });
  const registers = [registry];
  return {
    registry,
    httpDuration: new Histogram({
      name: 'atl_http_request_duration_seconds',
      help: 'HTTP requests served by this instance, by method, route pattern and status code',
      labelNames: ['method', 'route', 'status'],
      buckets: HTTP_BUCKETS,
      registers,
    }),
    dbStatementDuration: new Histogram({
      name: 'atl_db_statement_duration_seconds',
      help: 'PostgreSQL statements, from send to result, by pool (primary or replica<n>)',
      labelNames: ['pool'],
      buckets: DB_BUCKETS,
      registers,
    }),
    dbStatementErrors: new Counter({
      name: 'atl_db_statement_errors_total',
      help: 'PostgreSQL statements that failed, by pool',
      labelNames: ['pool'],
      registers,
    }),
    cacheLookups: new Counter({
      name: 'atl_cache_requests_total',
      help: 'Shared cache lookups, by cache and result (hit or miss)',
      labelNames: ['cache', 'result'],
      registers,
    }),
    ordersPlaced: new Counter({
      name: 'atl_orders_placed_total',
      help: 'Orders placed, by payment method',
      labelNames: ['payment_method'],
      registers,
    }),
    orderValue: new Counter({
      name: 'atl_orders_placed_value_vnd_total',
      help: 'Total (VND, shipping included) of the orders placed, by payment method',
      labelNames: ['payment_method'],
      registers,
    }),
    revenue: new Counter({
      name: 'atl_revenue_vnd_total',
      help: 'Money received (VND): online orders when the gateway confirms payment, COD orders when the cash is collected',
      labelNames: ['payment_method'],
      registers,
    }),
    funnel: new Counter({
      name: 'atl_funnel_total',
      help: 'Shopping funnel: add_to_cart -> checkout (checkout page shown with a cart) -> placed -> paid',
      labelNames: ['step'],
      registers,
    }),
    sellOuts: new Counter({
      name: 'atl_sellouts_total',
      help: 'Orders whose stock decrement left a variant with no stock',
      registers,
    }),
    payments: new Counter({
      name: 'atl_payments_total',
      help: 'Payment results applied from gateway notifications, by gateway and result',
      labelNames: ['gateway', 'result'],
      registers,
    }),
    webhooks: new Counter({
      name: 'atl_payment_webhooks_total',
      help: 'Verified gateway notifications, by gateway and outcome (including duplicates and errors)',
      labelNames: ['gateway', 'outcome'],
      registers,
    }),
    webhookRejections: new Counter({
      name: 'atl_payment_webhook_rejections_total',
      help: 'Gateway notifications rejected before they touched an order, by gateway and reason',
      labelNames: ['gateway', 'reason'],
      registers,
    }),
    ordersExpired: new Counter({
      name: 'atl_orders_expired_total',
      help: 'Unpaid online orders expired by the sweep (their stock released)',
      registers,
    }),
    redisErrors: new Counter({
      name: 'atl_redis_errors_total',
      help: 'Redis commands that failed (connection refused or lost, timeout, error reply), by operation',
      labelNames: ['operation'],
      registers,
    }),
    dbPoolConnections: new Gauge({
      name: 'atl_db_pool_connections',
      help: 'node-postgres pool connections by pool and state (in_use, idle, waiting = callers queued for one)',
      labelNames: ['pool', 'state'],
      registers,
    }),
    dbReplicaLag: new Gauge({
      name: 'atl_db_replica_lag_seconds',
      help: 'Age of the last transaction a read replica replayed (0 when it has replayed all it received)',
      labelNames: ['pool'],
      registers,
    }),
    outboxBacklog: new Gauge({
      name: 'atl_outbox_backlog',
      help: 'Outbox rows not yet sent (pending), read from the outbox table at scrape time',
      registers,
    }),
    outboxOldestAge: new Gauge({
      name: 'atl_outbox_oldest_age_seconds',
      help: 'Age of the oldest pending outbox row (0 when none), read from the outbox table at scrape time',
      registers,
    }),
  };
}

export function metrics(): Metrics {
  const g = globalThis as GlobalWithMetrics;
  g[key] ??= create();
  return g[key];
}

/** For a shared cache handler: one call per lookup. */
export function recordCacheLookup(cache: string, hit: boolean): void {
  metrics().cacheLookups.inc({ cache, result: hit ? 'hit' : 'miss' });
}

export function recordFunnel(step: FunnelStep): void {
  metrics().funnel.inc({ step });
}
