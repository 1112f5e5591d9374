import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { MomoConfig } from '../config';
import { asciiText, attemptStamp } from '../reference';
import type {
  CreatePaymentInput,
  CreatePaymentResult,
  PaymentGateway,
  WebhookAnswer,
  WebhookDisposition,
} from '../types';
import { momoResultOf, momoIpnSchema } from './result';
import { MOMO_CREATE_FIELDS, MOMO_RESULT_FIELDS, signMomo, verifyMomo } from './signature';

// MoMo's v2 gateway by hand (no maintained Node SDK): captureWallet, signed with HMAC-SHA256.

export const MOMO_MIN_AMOUNT = 1_000;
export const MOMO_MAX_AMOUNT = 50_000_000;
/** MoMo asks for a client timeout of at least 30 s on create. */
const CREATE_TIMEOUT_MS = 30_000;

const createAnswerSchema = z
  .object({ resultCode: z.number().int(), message: z.string().optional(), payUrl: z.string().optional() })
  .loose();

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function answerMomoIpn(d: WebhookDisposition): WebhookAnswer {
  switch (d.kind) {
    case 'rejected':
      return { status: 400, body: { error: d.reason } };
    case 'unknown_order':
    case 'duplicate':
    case 'recorded':
      // MoMo wants 204 within 15 s; an unknown order is logged, a retry could not find it either.
      return { status: 204, body: null };
    case 'error':
      return { status: 500, body: { error: 'internal' } };
    default: {
      const never: never = d;
      throw new Error(`unhandled disposition ${JSON.stringify(never)}`);
    }
  }
}

export function createMomoGateway(config: MomoConfig, fetchImpl: typeof fetch = fetch): PaymentGateway {
  const keys = { accessKey: config.accessKey, secretKey: config.secretKey };

  async function createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    if (input.amount < MOMO_MIN_AMOUNT || input.amount > MOMO_MAX_AMOUNT) {
      return {
        ok: false,
        code: 'amount_out_of_range',
        message: 'Ví MoMo chỉ nhận thanh toán từ 1.000 ₫ đến 50.000.000 ₫, vui lòng chọn phương thức khác.',
        detail: `amount ${input.amount} outside ${MOMO_MIN_AMOUNT}..${MOMO_MAX_AMOUNT}`,
        rawRequest: null,
        rawResponse: null,
      };
    }
    const fields = {
      partnerCode: config.partnerCode,
      requestId: randomUUID(),
      amount: input.amount,
      orderId: input.reference,
      orderInfo: asciiText(`Thanh toan don hang ${input.orderNumber}`),
      redirectUrl: input.returnUrl,
      ipnUrl: input.notifyUrl,
      requestType: 'captureWallet',
      extraData: '',
    };
    const body = { ...fields, lang: 'vi', signature: signMomo(MOMO_CREATE_FIELDS, fields, keys) };
    const { signature: _signature, ...rawRequest } = body;
    if (config.sandbox) {
      const payUrl = `${config.siteUrl}/sandbox/momo?orderId=${encodeURIComponent(fields.orderId)}`;
      return {
        ok: true,
        redirectUrl: payUrl,
        gatewayReference: null,
        rawRequest,
        rawResponse: { resultCode: 0, payUrl },
      };
    }
    const failure = (detail: string, rawResponse: Record<string, unknown> | null): CreatePaymentResult => ({
      ok: false,
      code: 'gateway_error',
      message: 'Không tạo được thanh toán MoMo, vui lòng thử lại hoặc chọn phương thức khác.',
      detail,
      rawRequest,
      rawResponse,
    });
    try {
      const res = await fetchImpl(`${config.endpoint}/v2/gateway/api/create`, {
        method: 'POST',
        headers: { 'content-type': 'application/json; charset=UTF-8' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(CREATE_TIMEOUT_MS),
      });
      const json: unknown = await res.json().catch(() => null);
      const answer = createAnswerSchema.safeParse(json);
      if (!answer.success) return failure(`HTTP ${res.status}: unexpected answer`, isRecord(json) ? json : null);
      if (answer.data.resultCode !== 0 || !answer.data.payUrl) {
        return failure(`resultCode ${answer.data.resultCode}: ${answer.data.message ?? ''}`, answer.data);
      }
      return {
        ok: true,
        redirectUrl: answer.data.payUrl,
        gatewayReference: null,
        rawRequest,
        rawResponse: answer.data,
      };
    } catch (err) {
      return failure(err instanceof Error ? `${err.name}: ${err.message}` : String(err), null);
    }
  }

  return {
    id: 'momo',
    sandbox: config.sandbox,
    makeReference: (orderNumber, seq, now) => `${orderNumber}-${attemptStamp(seq, now)}`,
    createPayment,
    async parseWebhook(request) {
      let body: unknown;
      try {
        body = JSON.parse(request.rawBody);
      } catch {
        return { ok: false, reason: 'malformed' };
      }
      if (!isRecord(body)) return { ok: false, reason: 'malformed' };
      if (!verifyMomo(MOMO_RESULT_FIELDS, body, keys)) return { ok: false, reason: 'bad_signature' };
      const parsed = momoIpnSchema.safeParse(body);
      if (!parsed.success) return { ok: false, reason: 'malformed' };
      const ipn = parsed.data;
      if (ipn.partnerCode !== config.partnerCode) return { ok: false, reason: 'merchant_mismatch' };
      return {
        ok: true,
        event: {
          gateway: 'momo',
          eventKey: `${ipn.orderId}:${ipn.transId}:${ipn.resultCode}`,
          reference: ipn.orderId,
          gatewayReference: String(ipn.transId),
          matchGatewayReference: false,
          amount: ipn.amount,
          result: momoResultOf(ipn.resultCode),
          code: String(ipn.resultCode),
          payload: body,
        },
      };
    },
    answerWebhook: answerMomoIpn,
    verifyReturn(params) {
      const values = Object.fromEntries(params);
      const verified = verifyMomo(MOMO_RESULT_FIELDS, values, keys) && values.partnerCode === config.partnerCode;
      const code = Number(values.resultCode);
      return {
        signed: true,
        verified,
        claimed: verified && Number.isInteger(code) ? momoResultOf(code) : null,
        reference: values.orderId ?? null,
      };
    },
  };
}
