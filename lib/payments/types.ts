import type { OnlineGateway, PaymentMethod, WebhookOutcome } from '@/db/schema';

// The one interface every payment method implements. A gateway module speaks its
// vendor's protocol and nothing else: it never imports orders. It turns what the vendor sends into a
// PaymentEvent, and lib/payments/apply-event.ts applies events to orders, the same way for every gateway.

export type { OnlineGateway };

/** What a gateway said about one attempt, in our words. 'pending' leaves the order as it is. */
export type PaymentResult = 'paid' | 'failed' | 'cancelled' | 'pending';

export type PaymentEvent = {
  gateway: OnlineGateway;
  /** Identity of this notification: the same notification sent again has the same key. */
  eventKey: string;
  /** Our attempt reference (PayOS orderCode, VNPay TxnRef, MoMo orderId). */
  reference: string;
  /** The gateway's transaction id (PayOS paymentLinkId, VNPay TransactionNo, MoMo transId). */
  gatewayReference: string | null;
  /** When true the attempt's stored gateway reference must equal gatewayReference (PayOS paymentLinkId). */
  matchGatewayReference: boolean;
  /** Integer VND, as the gateway reported it. */
  amount: number;
  result: PaymentResult;
  /** The gateway's own result code, for the timeline and the logs. */
  code: string;
  /** The verified payload, kept on the attempt and the event for reconciliation. */
  payload: Record<string, unknown>;
};

export type CreatePaymentInput = {
  orderNumber: string;
  /** Our reference for this attempt, from makeReference(). */
  reference: string;
  amount: number;
  /** Where the shopper comes back after paying or cancelling (display only). */
  returnUrl: string;
  cancelUrl: string;
  /** Where the gateway sends its notification, for gateways that take it per request (MoMo). */
  notifyUrl: string;
  /** End of the payment window: the gateway should refuse to take money after it. */
  expiresAt: Date;
  now: Date;
  clientIp: string;
};

type Raw = Record<string, unknown>;

export type CreatePaymentResult =
  | { ok: true; redirectUrl: string | null; gatewayReference: string | null; rawRequest: Raw; rawResponse: Raw | null }
  | {
      ok: false;
      code: 'amount_out_of_range' | 'gateway_error';
      /** Shown to the shopper, in Vietnamese. */
      message: string;
      /** For staff and the logs (never contains keys). */
      detail: string;
      rawRequest: Raw | null;
      rawResponse: Raw | null;
    };

/** A webhook as it arrived: the raw body (POST) or the raw query string without '?' (GET). */
export type IncomingWebhook = { method: string; rawBody: string; rawQuery: string };

export type RejectionReason =
  | 'bad_signature'
  | 'malformed'
  | 'merchant_mismatch'
  | 'currency'
  | 'invalid_amount'
  | 'unsupported';

export type WebhookParseResult = { ok: true; event: PaymentEvent } | { ok: false; reason: RejectionReason };

/** What handling a webhook came to; each gateway turns it into the answer its protocol expects. */
export type WebhookDisposition =
  | { kind: 'rejected'; reason: RejectionReason }
  | { kind: 'unknown_order' }
  | { kind: 'duplicate'; outcome: WebhookOutcome }
  | { kind: 'recorded'; outcome: WebhookOutcome }
  | { kind: 'error' };

export type WebhookAnswer = { status: number; body: Record<string, unknown> | null };

/** A return URL checked for display: whether the gateway signs it, whether it verified, what it claims. */
export type ReturnCheck = {
  signed: boolean;
  verified: boolean;
  claimed: PaymentResult | null;
  reference: string | null;
};

export interface PaymentGateway {
  readonly id: PaymentMethod;
  /** Played by the local simulator (development only). */
  readonly sandbox: boolean;
  /** Our reference for a new attempt; `seq` is unique per attempt. */
  makeReference(orderNumber: string, seq: number, now: Date): string;
  createPayment(input: CreatePaymentInput): Promise<CreatePaymentResult>;
  /** Verifies the signature over the raw request first, then parses. Never throws for bad input. */
  parseWebhook(request: IncomingWebhook): Promise<WebhookParseResult>;
  answerWebhook(disposition: WebhookDisposition): WebhookAnswer;
  verifyReturn(params: URLSearchParams): ReturnCheck;
}
