import type { OnlineGateway } from '@/db/schema';

// Where gateways send shoppers and notifications. Everything the return page needs is in the path (the
// gateway appends its own query string, and not every gateway copes with one already there).

export function paymentReturnUrl(siteUrl: string, gateway: OnlineGateway, orderNumber: string, token: string): string {
  return `${siteUrl}/thanh-toan/ket-qua/${gateway}/${encodeURIComponent(orderNumber)}/${encodeURIComponent(token)}`;
}

export function paymentWebhookUrl(siteUrl: string, gateway: OnlineGateway): string {
  return `${siteUrl}/api/webhooks/${gateway}`;
}
