import 'server-only';
import { Counter, collectDefaultMetrics, Registry } from 'prom-client';

// Prometheus metrics of this instance, served by GET /api/metrics (each instance is scraped on its own).
// Kept on globalThis so that Next's separate server bundles and dev hot reloads share one registry
// instead of registering the same metric twice.

type Metrics = {
  registry: Registry;
  ordersPlaced: Counter<'payment_method'>;
  payments: Counter<'gateway' | 'result'>;
  webhooks: Counter<'gateway' | 'outcome'>;
  webhookRejections: Counter<'gateway' | 'reason'>;
  ordersExpired: Counter;
};

const key = Symbol.for('audio-tai-loc.metrics');
type GlobalWithMetrics = typeof globalThis & { [key]?: Metrics };

function create(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'atl_' });
  const registers = [registry];
  return {
    registry,
    ordersPlaced: new Counter({
      name: 'atl_orders_placed_total',
      help: 'Orders placed, by payment method',
      labelNames: ['payment_method'],
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
  };
}

export function metrics(): Metrics {
  const g = globalThis as GlobalWithMetrics;
  g[key] ??= create();
  return g[key];
}
