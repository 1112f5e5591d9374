import { handleWebhook, readWebhookBody, webhookResponse, webhookTooLarge } from '@/lib/payments/webhook';

// POST /api/webhooks/momo – MoMo IPN (signed JSON body); 204 acknowledges it
export async function POST(req: Request): Promise<Response> {
  const rawBody = await readWebhookBody(req);
  if (rawBody === null) return webhookTooLarge();
  return webhookResponse(await handleWebhook('momo', { method: 'POST', rawBody, rawQuery: '' }));
}
