import { handleWebhook, webhookResponse } from '@/lib/payments/webhook';

// POST /api/webhooks/payos – PayOS payment notification (signed `data`; any 2xx acknowledges it)
export async function POST(req: Request): Promise<Response> {
  const rawBody = await req.text();
  return webhookResponse(await handleWebhook('payos', { method: 'POST', rawBody, rawQuery: '' }));
}
