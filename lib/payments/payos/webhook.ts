import 'server-only';
import type { PayOS, Webhook } from '@payos/node';
import { z } from 'zod';
import type { IncomingWebhook, PaymentEvent, PaymentResult, WebhookParseResult } from '../types';
import { verifyPayosData } from './signature';

// POST {code, desc, success, data, signature}. Only `data` is signed, so every decision is taken on
// `data` alone (data.code, never the unsigned top-level code or success).

const dataSchema = z
  .object({
    orderCode: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    amount: z.number().int().nonnegative(),
    description: z.string(),
    accountNumber: z.string(),
    reference: z.string(),
    transactionDateTime: z.string(),
    currency: z.string(),
    paymentLinkId: z.string().min(1),
    code: z.string(),
    desc: z.string(),
  })
  .loose();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** PayOS notifies paid transfers; any other code is recorded without deciding anything. */
function resultOf(code: string): PaymentResult {
  return code === '00' ? 'paid' : 'pending';
}

export async function parsePayosWebhook(
  request: IncomingWebhook,
  client: PayOS,
  checksumKey: string,
): Promise<WebhookParseResult> {
  let body: unknown;
  try {
    body = JSON.parse(request.rawBody);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isRecord(body) || !isRecord(body.data)) return { ok: false, reason: 'malformed' };
  // Our constant-time check over the signed data, then the SDK's own (async in v2: awaited, because an
  // un-awaited promise is truthy and would let a forged call through).
  if (!verifyPayosData(body.data, body.signature, checksumKey)) return { ok: false, reason: 'bad_signature' };
  try {
    await client.webhooks.verify(body as unknown as Webhook);
  } catch {
    return { ok: false, reason: 'bad_signature' };
  }

  const parsed = dataSchema.safeParse(body.data);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const data = parsed.data;
  if (data.currency !== 'VND') return { ok: false, reason: 'currency' };
  const event: PaymentEvent = {
    gateway: 'payos',
    eventKey: `${data.paymentLinkId}:${data.reference}:${data.code}`,
    reference: String(data.orderCode),
    gatewayReference: data.paymentLinkId,
    matchGatewayReference: true,
    amount: data.amount,
    result: resultOf(data.code),
    code: data.code,
    payload: body.data,
  };
  return { ok: true, event };
}
