import type { PaymentGateway } from '../types';

// Cash on delivery: nothing to create, no notifications, no return page. It implements the interface so
// that the registry treats every method alike.

export const codGateway: PaymentGateway = {
  id: 'cod',
  sandbox: false,
  makeReference: (orderNumber) => orderNumber,
  createPayment: async () => ({
    ok: true,
    redirectUrl: null,
    gatewayReference: null,
    rawRequest: {},
    rawResponse: null,
  }),
  parseWebhook: async () => ({ ok: false, reason: 'unsupported' }),
  answerWebhook: () => ({ status: 404, body: { error: 'not_found' } }),
  verifyReturn: () => ({ signed: false, verified: false, claimed: null, reference: null }),
};
