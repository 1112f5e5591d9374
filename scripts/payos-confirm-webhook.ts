// npm run payos:confirm-webhook [-- --url https://shop.example/api/webhooks/payos]
// Registers the PayOS webhook URL (default {SITE_URL}/api/webhooks/payos) with the PAYOS_* keys.
import { parseArgs } from 'node:util';
import nextEnv from '@next/env';
import { getEnv } from '@/lib/env';
import { payosConfig } from '@/lib/payments/config';
import { confirmPayosWebhook } from '@/lib/payments/payos/confirm-webhook';
import { paymentWebhookUrl } from '@/lib/payments/urls';

nextEnv.loadEnvConfig(process.cwd());

const { values } = parseArgs({ options: { url: { type: 'string' } } });
const env = getEnv();
const config = payosConfig(env);
const url = values.url ?? paymentWebhookUrl(env.SITE_URL, 'payos');

if (!config || config.sandbox) {
  console.error('Set PAYOS_CLIENT_ID, PAYOS_API_KEY and PAYOS_CHECKSUM_KEY first.');
  process.exit(1);
}
const result = await confirmPayosWebhook(config, url);
if (!result.ok) {
  console.error(`PayOS did not accept ${url}: ${result.error}`);
  process.exit(1);
}
console.log(`PayOS webhook registered: ${url} (account ${result.accountName} ${result.accountNumber})`);
