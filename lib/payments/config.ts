import 'server-only';
import { type Env, paymentSandboxEnabled } from '@/lib/env';
import { SANDBOX_KEYS } from './sandbox/keys';

// Gateway settings from the environment. A gateway with its keys is live; without them, in development,
// the local simulator plays it with throw-away keys; otherwise it is not offered at all.

export type PayosConfig = {
  clientId: string;
  apiKey: string;
  checksumKey: string;
  baseUrl: string;
  sandbox: boolean;
  siteUrl: string;
};

export type VnpayConfig = { tmnCode: string; hashSecret: string; host: string; sandbox: boolean };

export type MomoConfig = {
  partnerCode: string;
  accessKey: string;
  secretKey: string;
  endpoint: string;
  sandbox: boolean;
  siteUrl: string;
};

const VNPAY_TEST_HOST = 'https://sandbox.vnpayment.vn';
const MOMO_TEST_ENDPOINT = 'https://test-payment.momo.vn';

export function payosConfig(env: Env): PayosConfig | null {
  const { PAYOS_CLIENT_ID: clientId, PAYOS_API_KEY: apiKey, PAYOS_CHECKSUM_KEY: checksumKey } = env;
  if (clientId && apiKey && checksumKey) {
    return { clientId, apiKey, checksumKey, baseUrl: env.PAYOS_BASE_URL, sandbox: false, siteUrl: env.SITE_URL };
  }
  if (!paymentSandboxEnabled(env)) return null;
  return { ...SANDBOX_KEYS.payos, baseUrl: env.SITE_URL, sandbox: true, siteUrl: env.SITE_URL };
}

export function vnpayConfig(env: Env): VnpayConfig | null {
  const { VNPAY_TMN_CODE: tmnCode, VNPAY_HASH_SECRET: hashSecret } = env;
  if (tmnCode && hashSecret) return { tmnCode, hashSecret, host: env.VNPAY_HOST ?? VNPAY_TEST_HOST, sandbox: false };
  if (!paymentSandboxEnabled(env)) return null;
  // The simulator takes VNPay's place at our own origin: the payment URL is built and signed as for VNPay.
  return { ...SANDBOX_KEYS.vnpay, host: env.SITE_URL, sandbox: true };
}

export function momoConfig(env: Env): MomoConfig | null {
  const { MOMO_PARTNER_CODE: partnerCode, MOMO_ACCESS_KEY: accessKey, MOMO_SECRET_KEY: secretKey } = env;
  if (partnerCode && accessKey && secretKey) {
    const endpoint = env.MOMO_ENDPOINT ?? MOMO_TEST_ENDPOINT;
    return { partnerCode, accessKey, secretKey, endpoint, sandbox: false, siteUrl: env.SITE_URL };
  }
  if (!paymentSandboxEnabled(env)) return null;
  return { ...SANDBOX_KEYS.momo, endpoint: env.SITE_URL, sandbox: true, siteUrl: env.SITE_URL };
}
