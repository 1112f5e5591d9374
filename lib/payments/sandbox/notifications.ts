import 'server-only';
import { randomInt } from 'node:crypto';
import { vnpayDate } from '../vnpay/dates';
import { signVnpay } from '../vnpay/signature';
import { signPayosData } from '../payos/signature';
import { MOMO_RESULT_FIELDS, signMomo } from '../momo/signature';
import { SANDBOX_KEYS } from './keys';

// The notifications and return URLs each gateway sends, built and signed as the gateway would, with the
// simulators' throw-away keys. Development only (lib/payments/sandbox/simulator.ts checks).

export type SimulatedAction = 'pay' | 'cancel';

export type Simulated = {
  /** The server-to-server notification, or null when the gateway sends none (PayOS on cancel). */
  notification: { method: 'GET' | 'POST'; path: string; query: string; body: string | null } | null;
  /** Where the shopper's browser goes next. */
  redirectTo: string;
};

const withQuery = (url: string, query: URLSearchParams) => `${url}${url.includes('?') ? '&' : '?'}${query}`;

export function simulatePayos(
  attempt: {
    reference: string;
    amount: number;
    gatewayReference: string;
    description: string;
    returnUrl: string;
    cancelUrl: string;
  },
  action: SimulatedAction,
  now: Date,
): Simulated {
  const back = new URLSearchParams({
    code: '00',
    id: attempt.gatewayReference,
    cancel: action === 'cancel' ? 'true' : 'false',
    status: action === 'cancel' ? 'CANCELLED' : 'PAID',
    orderCode: attempt.reference,
  });
  // PayOS notifies paid transfers only; a cancel is a redirect to the cancel URL and nothing else.
  if (action === 'cancel') return { notification: null, redirectTo: withQuery(attempt.cancelUrl, back) };
  const data = {
    orderCode: Number(attempt.reference),
    amount: attempt.amount,
    description: attempt.description,
    accountNumber: '0000000000',
    reference: `SBX${now.getTime()}`,
    transactionDateTime: new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 19).replace('T', ' '),
    currency: 'VND',
    paymentLinkId: attempt.gatewayReference,
    code: '00',
    desc: 'success',
    counterAccountBankId: '',
    counterAccountBankName: '',
    counterAccountName: '',
    counterAccountNumber: '',
    virtualAccountName: '',
    virtualAccountNumber: '',
  };
  const body = {
    code: '00',
    desc: 'success',
    success: true,
    data,
    signature: signPayosData(data, SANDBOX_KEYS.payos.checksumKey),
  };
  return {
    notification: { method: 'POST', path: '/api/webhooks/payos', query: '', body: JSON.stringify(body) },
    redirectTo: withQuery(attempt.returnUrl, back),
  };
}

export function simulateVnpay(
  attempt: { reference: string; amount: number; orderInfo: string; returnUrl: string },
  action: SimulatedAction,
  now: Date,
): Simulated {
  const paid = action === 'pay';
  const params: Record<string, string> = {
    vnp_Amount: String(attempt.amount * 100),
    vnp_BankCode: 'NCB',
    vnp_CardType: 'ATM',
    vnp_OrderInfo: attempt.orderInfo,
    vnp_PayDate: vnpayDate(now),
    vnp_ResponseCode: paid ? '00' : '24',
    vnp_TmnCode: SANDBOX_KEYS.vnpay.tmnCode,
    vnp_TransactionNo: paid ? String(randomInt(10_000_000, 99_999_999)) : '0',
    vnp_TransactionStatus: paid ? '00' : '02',
    vnp_TxnRef: attempt.reference,
  };
  if (paid) params.vnp_BankTranNo = `VNP${randomInt(10_000_000, 99_999_999)}`;
  const query = new URLSearchParams(params);
  query.set('vnp_SecureHash', signVnpay(params, SANDBOX_KEYS.vnpay.hashSecret));
  return {
    notification: { method: 'GET', path: '/api/webhooks/vnpay', query: query.toString(), body: null },
    redirectTo: withQuery(attempt.returnUrl, query),
  };
}

export function simulateMomo(
  attempt: { reference: string; amount: number; requestId: string; orderInfo: string; redirectUrl: string },
  action: SimulatedAction,
  now: Date,
): Simulated {
  const paid = action === 'pay';
  const values = {
    partnerCode: SANDBOX_KEYS.momo.partnerCode,
    orderId: attempt.reference,
    requestId: attempt.requestId,
    amount: attempt.amount,
    orderInfo: attempt.orderInfo,
    orderType: 'momo_wallet',
    transId: randomInt(1_000_000_000, 2_000_000_000),
    resultCode: paid ? 0 : 1006,
    message: paid ? 'Thành công.' : 'Giao dịch bị từ chối bởi người dùng.',
    payType: 'qr',
    responseTime: now.getTime(),
    extraData: '',
  };
  const signed = { ...values, signature: signMomo(MOMO_RESULT_FIELDS, values, SANDBOX_KEYS.momo) };
  const query = new URLSearchParams(Object.entries(signed).map(([k, v]) => [k, String(v)]));
  return {
    notification: { method: 'POST', path: '/api/webhooks/momo', query: '', body: JSON.stringify(signed) },
    redirectTo: withQuery(attempt.redirectUrl, query),
  };
}
