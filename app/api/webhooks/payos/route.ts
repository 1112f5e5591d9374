import { handleWebhook, readWebhookBody, webhookResponse, webhookTooLarge } from '@/lib/payments/webhook';

// POST /api/webhooks/payos – PayOS payment notification (signed `data`; any 2xx acknowledges it)
export async function POST(req: Request): Promise<Response> {
  const rawBody = await readWebhookBody(req);
  if (rawBody === null) return webhookTooLarge();
  return webhookResponse(await handleWebhook('payos', { method: 'POST', rawBody, rawQuery: '' }));
}
