import 'server-only';
import { randomUUID } from 'node:crypto';
import { PayOS } from '@payos/node';
import { z } from 'zod';
import type { PayosConfig } from '../config';
import { attemptStamp, compactOrderNumber } from '../reference';
import type { CreatePaymentInput, CreatePaymentResult, PaymentGateway, WebhookDisposition } from '../types';
import { parsePayosWebhook } from './webhook';

// PayOS (VietQR bank transfer) through @payos/node v2. The orderCode is numeric and fresh per attempt;
// the description is short because some banks cut transfer notes at 9 characters.

const createResponseSchema = z
  .object({ checkoutUrl: z.url(), paymentLinkId: z.string().min(1), status: z.string().optional() })
  .loose();

const FAILED_MESSAGE = 'Không tạo được mã thanh toán PayOS, vui lòng thử lại hoặc chọn phương thức khác.';

/** ATL-000123 -> "ATL000123" (9 characters); longer numbers keep their last 9 digits. */
export function payosDescription(orderNumber: string): string {
  const compact = compactOrderNumber(orderNumber);
  return compact.length <= 9 ? compact : compact.replace(/\D/g, '').slice(-9);
}

export function createPayosClient(config: PayosConfig): PayOS {
  return new PayOS({
    clientId: config.clientId,
    apiKey: config.apiKey,
    checksumKey: config.checksumKey,
    baseURL: config.baseUrl,
    // Passed explicitly so that the SDK reads nothing from process.env (lib/env.ts is the only reader).
    partnerCode: null,
    logLevel: 'off',
    timeout: 30_000,
    // A retried create after a lost answer would be refused as a duplicate orderCode: the shopper retries.
    maxRetries: 0,
  });
}

function answerWebhook(d: WebhookDisposition) {
  switch (d.kind) {
    case 'rejected':
      // Not from PayOS (or broken): 400. Authentic but unacceptable (currency): 200, retrying cannot help.
      return d.reason === 'bad_signature' || d.reason === 'malformed'
        ? { status: 400, body: { success: false, error: d.reason } }
        : { status: 200, body: { success: false, error: d.reason } };
    case 'unknown_order':
      // PayOS tests the URL with a sample payload when it is confirmed: answer 2xx, change nothing.
      return { status: 200, body: { success: true } };
    case 'duplicate':
    case 'recorded':
      return { status: 200, body: { success: true } };
    case 'error':
      return { status: 500, body: { success: false } };
    default: {
      const never: never = d;
      throw new Error(`unhandled disposition ${JSON.stringify(never)}`);
    }
  }
}

export function createPayosGateway(config: PayosConfig, client: PayOS = createPayosClient(config)): PaymentGateway {
  async function createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    const request = {
      orderCode: Number(input.reference),
      amount: input.amount,
      description: payosDescription(input.orderNumber),
      returnUrl: input.returnUrl,
      cancelUrl: input.cancelUrl,
      expiredAt: Math.floor(input.expiresAt.getTime() / 1000),
    };
    if (config.sandbox) {
      const paymentLinkId = `sandbox${randomUUID().replace(/-/g, '')}`;
      const checkoutUrl = `${config.siteUrl}/sandbox/payos?orderCode=${request.orderCode}`;
      return {
        ok: true,
        redirectUrl: checkoutUrl,
        gatewayReference: paymentLinkId,
        rawRequest: request,
        rawResponse: { checkoutUrl, paymentLinkId, status: 'PENDING', sandbox: true },
      };
    }
    try {
      const response = createResponseSchema.parse(await client.paymentRequests.create(request));
      return {
        ok: true,
        redirectUrl: response.checkoutUrl,
        gatewayReference: response.paymentLinkId,
        rawRequest: request,
        rawResponse: response,
      };
    } catch (err) {
      const detail = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      return {
        ok: false,
        code: 'gateway_error',
        message: FAILED_MESSAGE,
        detail,
        rawRequest: request,
        rawResponse: null,
      };
    }
  }

  return {
    id: 'payos',
    sandbox: config.sandbox,
    makeReference: (_orderNumber, seq, now) => attemptStamp(seq, now),
    createPayment,
    parseWebhook: (request) => parsePayosWebhook(request, client, config.checksumKey),
    answerWebhook,
    // PayOS's return and cancel URLs are unsigned: shown as a hint, never trusted.
    verifyReturn: (params) => {
      const status = params.get('status');
      const cancelled = params.get('cancel') === 'true' || status === 'CANCELLED';
      return {
        signed: false,
        verified: false,
        claimed: cancelled ? 'cancelled' : status === 'PAID' ? 'paid' : null,
        reference: params.get('orderCode'),
      };
    },
  };
}
