import 'server-only';
import {
  HashAlgorithm,
  InpOrderAlreadyConfirmed,
  IpnFailChecksum,
  IpnInvalidAmount,
  IpnOrderNotFound,
  IpnSuccess,
  IpnUnknownError,
  ProductCode,
  type ReturnQueryFromVNPay,
  VNPay,
  VnpLocale,
} from 'vnpay';
import type { VnpayConfig } from '../config';
import { asciiText, attemptStamp, compactOrderNumber } from '../reference';
import type {
  CreatePaymentInput,
  CreatePaymentResult,
  PaymentGateway,
  WebhookDisposition,
  WebhookAnswer,
} from '../types';
import { vnpayDate } from './dates';
import { resultOf, vnpayIpnSchema } from './result';
import { verifyVnpay } from './signature';

// VNPay through the `vnpay` package: it builds and signs the payment URL (and multiplies the amount by
// 100). We pass both dates ourselves, in GMT+7, and check IPN hashes ourselves in constant time (the
// package compares with ===) before letting the package parse.

/** The simulator's path when VNPay is played locally (config.host is then our own origin). */
export const VNPAY_SANDBOX_PATH = 'sandbox/vnpay';

function ipv4(ip: string): string {
  const plain = ip.replace(/^::ffff:/, '');
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(plain) ? plain : '127.0.0.1';
}

/** IPN answers: always HTTP 200, `{RspCode, Message}`, in VNPay's order 97, 01, 04, 02, 00; 99 otherwise. */
export function answerVnpayIpn(d: WebhookDisposition): WebhookAnswer {
  const ok = (b: { RspCode: string; Message: string }) => ({
    status: 200,
    body: { RspCode: b.RspCode, Message: b.Message },
  });
  switch (d.kind) {
    case 'rejected':
      return ok(d.reason === 'bad_signature' ? IpnFailChecksum : IpnUnknownError);
    case 'unknown_order':
      return ok(IpnOrderNotFound);
    case 'duplicate':
    case 'recorded':
      if (d.outcome === 'amount_mismatch') return ok(IpnInvalidAmount);
      if (d.outcome === 'reference_mismatch') return ok(IpnUnknownError);
      if (d.kind === 'duplicate' || d.outcome === 'ignored' || d.outcome === 'needs_review') {
        return ok(InpOrderAlreadyConfirmed);
      }
      return ok(IpnSuccess);
    case 'error':
      return ok(IpnUnknownError);
    default: {
      const never: never = d;
      throw new Error(`unhandled disposition ${JSON.stringify(never)}`);
    }
  }
}

export function createVnpayGateway(config: VnpayConfig): PaymentGateway {
  const vnpay = new VNPay({
    tmnCode: config.tmnCode,
    secureSecret: config.hashSecret,
    vnpayHost: config.host,
    hashAlgorithm: HashAlgorithm.SHA512,
    enableLog: false,
    ...(config.sandbox ? { endpoints: { paymentEndpoint: VNPAY_SANDBOX_PATH } } : {}),
  });

  async function createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult> {
    const request = {
      vnp_Amount: input.amount,
      vnp_IpAddr: ipv4(input.clientIp),
      vnp_TxnRef: input.reference,
      vnp_OrderInfo: asciiText(`Thanh toan don hang ${input.orderNumber}`),
      vnp_OrderType: ProductCode.Other,
      vnp_ReturnUrl: input.returnUrl,
      vnp_Locale: VnpLocale.VN,
      vnp_CreateDate: Number(vnpayDate(input.now)),
      vnp_ExpireDate: Number(vnpayDate(input.expiresAt)),
    };
    try {
      const url = vnpay.buildPaymentUrl(request);
      return { ok: true, redirectUrl: url, gatewayReference: null, rawRequest: request, rawResponse: null };
    } catch (err) {
      return {
        ok: false,
        code: 'gateway_error',
        message: 'Không tạo được liên kết thanh toán VNPay, vui lòng thử lại hoặc chọn phương thức khác.',
        detail: err instanceof Error ? err.message : String(err),
        rawRequest: request,
        rawResponse: null,
      };
    }
  }

  return {
    id: 'vnpay',
    sandbox: config.sandbox,
    makeReference: (orderNumber, seq, now) => `${compactOrderNumber(orderNumber)}${attemptStamp(seq, now)}`,
    createPayment,
    async parseWebhook(request) {
      const params = new URLSearchParams(request.rawQuery);
      const keys = [...params.keys()];
      // A repeated key cannot be what VNPay signed: there is nothing to verify.
      if (new Set(keys).size !== keys.length || !verifyVnpay(params, config.hashSecret)) {
        return { ok: false, reason: 'bad_signature' };
      }
      const query = Object.fromEntries([...params].filter(([k]) => k.startsWith('vnp_')));
      let packageVerified: boolean;
      try {
        packageVerified = vnpay.verifyIpnCall(query as unknown as ReturnQueryFromVNPay).isVerified;
      } catch {
        return { ok: false, reason: 'invalid_amount' }; // the package throws on a non-numeric amount
      }
      if (!packageVerified) return { ok: false, reason: 'bad_signature' };
      const parsed = vnpayIpnSchema.safeParse(query);
      if (!parsed.success) return { ok: false, reason: 'malformed' };
      const ipn = parsed.data;
      if (ipn.vnp_TmnCode !== config.tmnCode) return { ok: false, reason: 'merchant_mismatch' };
      if (ipn.vnp_CurrCode && ipn.vnp_CurrCode !== 'VND') return { ok: false, reason: 'currency' };
      return {
        ok: true,
        event: {
          gateway: 'vnpay',
          eventKey: `${ipn.vnp_TxnRef}:${ipn.vnp_TransactionNo}:${ipn.vnp_ResponseCode}:${ipn.vnp_TransactionStatus}`,
          reference: ipn.vnp_TxnRef,
          gatewayReference: ipn.vnp_TransactionNo === '0' ? null : ipn.vnp_TransactionNo,
          matchGatewayReference: false,
          // VND x 100; a fraction of a dong can only mismatch the order total, as it should.
          amount: Number(ipn.vnp_Amount) / 100,
          result: resultOf(ipn.vnp_ResponseCode, ipn.vnp_TransactionStatus),
          code: `${ipn.vnp_ResponseCode}/${ipn.vnp_TransactionStatus}`,
          payload: query,
        },
      };
    },
    answerWebhook: answerVnpayIpn,
    verifyReturn(params) {
      const verified = verifyVnpay(params, config.hashSecret);
      const rc = params.get('vnp_ResponseCode') ?? '';
      const ts = params.get('vnp_TransactionStatus') ?? '';
      return {
        signed: true,
        verified,
        claimed: verified && rc ? resultOf(rc, ts) : null,
        reference: params.get('vnp_TxnRef'),
      };
    },
  };
}
