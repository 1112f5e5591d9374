import { handleWebhook, webhookResponse } from '@/lib/payments/webhook';

// GET /api/webhooks/vnpay – VNPay IPN (signed query string); always HTTP 200 with {RspCode, Message}
export async function GET(req: Request): Promise<Response> {
  const rawQuery = new URL(req.url).search.replace(/^\?/, '');
  return webhookResponse(await handleWebhook('vnpay', { method: 'GET', rawBody: '', rawQuery }));
}
