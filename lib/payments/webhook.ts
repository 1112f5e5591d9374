import 'server-only';
import type { OnlineGateway } from '@/db/schema';
import { jsonDepth, MAX_JSON_DEPTH, readTextCapped } from '@/lib/api/body';
import { ApiError } from '@/lib/api/errors';
import { getDb } from '@/lib/db/client';
import { BODY_LIMITS } from '@/lib/http/request-guard';
import type { Db } from '@/lib/db/types';
import { logger } from '@/lib/log/logger';
import { annotateRequest } from '@/lib/log/request-context';
import { metrics, recordFunnel } from '@/lib/metrics/registry';
import { type AfterCommit, afterCommit } from './after-commit';
import { type ApplyResult, applyPaymentEvent } from './apply-event';
import { getGateway } from './registry';
import type { IncomingWebhook, PaymentGateway, WebhookAnswer, WebhookDisposition } from './types';

// Every gateway's notification goes through here: the gateway module verifies the signature over the
// raw request and parses it, applyPaymentEvent records and applies it, and the gateway module words the
// answer its protocol expects. Nothing here throws: a failure is logged and answered so that the gateway
// retries (a non-2xx, or VNPay's 99).

export type WebhookDeps = { db?: Db; gateway?: PaymentGateway | null; after?: AfterCommit };

const LOUD = new Set(['amount_mismatch', 'reference_mismatch', 'needs_review']);

function disposition(result: ApplyResult): WebhookDisposition {
  if (result.kind === 'unknown_order') return { kind: 'unknown_order' };
  return { kind: result.kind, outcome: result.outcome };
}

export async function handleWebhook(
  gatewayId: OnlineGateway,
  request: IncomingWebhook,
  deps: WebhookDeps = {},
): Promise<WebhookAnswer> {
  const gateway = deps.gateway !== undefined ? deps.gateway : getGateway(gatewayId);
  if (!gateway) {
    logger.warn({ gateway: gatewayId }, 'payment webhook for a gateway that is not configured');
    return { status: 404, body: { error: 'not_found' } };
  }
  const m = metrics();
  try {
    // Nesting is measured on the raw text before the gateway parses or verifies anything: a payload nested
    // thousands deep would overflow the stack of the parser or of the signature's canonical form.
    const parsed =
      jsonDepth(request.rawBody) > MAX_JSON_DEPTH
        ? ({ ok: false, reason: 'malformed' } as const)
        : await gateway.parseWebhook(request);
    if (!parsed.ok) {
      m.webhookRejections.inc({ gateway: gatewayId, reason: parsed.reason });
      logger.warn({ gateway: gatewayId, reason: parsed.reason }, 'payment webhook rejected');
      return gateway.answerWebhook({ kind: 'rejected', reason: parsed.reason });
    }
    const { event } = parsed;
    const result = await applyPaymentEvent(deps.db ?? (await getDb()), event);
    const log = { gateway: gatewayId, reference: event.reference, code: event.code, result: event.result };
    if (result.kind === 'unknown_order') {
      m.webhookRejections.inc({ gateway: gatewayId, reason: 'unknown_order' });
      logger.warn(log, 'payment webhook for an unknown payment attempt');
    } else {
      annotateRequest({ orderNumber: result.orderNumber });
      m.webhooks.inc({ gateway: gatewayId, outcome: result.kind === 'duplicate' ? 'duplicate' : result.outcome });
      const entry = {
        ...log,
        order: result.orderNumber,
        outcome: result.outcome,
        duplicate: result.kind === 'duplicate',
      };
      if (result.kind === 'recorded' && LOUD.has(result.outcome)) {
        logger.error(entry, 'payment webhook needs staff attention');
      } else {
        logger.info(entry, 'payment webhook');
      }
      if (result.kind === 'recorded') {
        if (result.transition) m.payments.inc({ gateway: gatewayId, result: result.transition.to });
        if (result.transition?.to === 'paid') {
          recordFunnel('paid');
          m.revenue.inc({ payment_method: gatewayId }, result.orderTotal);
        }
        const after = deps.after ?? afterCommit;
        if (result.emailQueued) after.emailQueued();
        await after.stockChanged(result.releasedProducts);
      }
    }
    return gateway.answerWebhook(disposition(result));
  } catch (err) {
    m.webhooks.inc({ gateway: gatewayId, outcome: 'error' });
    logger.error({ err, gateway: gatewayId }, 'payment webhook failed');
    return gateway.answerWebhook({ kind: 'error' });
  }
}

/** A webhook's raw body, read with the webhooks' 1 MB cap on the stream; null when it is larger. */
export async function readWebhookBody(req: Request): Promise<string | null> {
  try {
    return await readTextCapped(req, BODY_LIMITS.webhook);
  } catch (err) {
    if (err instanceof ApiError && err.status === 413) return null;
    throw err;
  }
}

export const webhookTooLarge = () =>
  Response.json({ error: { code: 'payload_too_large', message: 'Payload too large' } }, { status: 413 });

/** Turns an answer into the HTTP response (204 has no body). */
export function webhookResponse(answer: WebhookAnswer): Response {
  if (answer.body === null) return new Response(null, { status: answer.status });
  return Response.json(answer.body, { status: answer.status, headers: { 'cache-control': 'no-store' } });
}
