// Run by tests/integration/payments-vnpay.test.ts in a child process with a given TZ: builds a VNPay payment
// URL for a fixed instant and prints the dates it carries, which must not depend on TZ, next to the
// package's own default date for the same instant, which does.
import { dateFormat, getDateInGMT7 } from 'vnpay';
import { createVnpayGateway } from '@/lib/payments/vnpay/gateway';

const gateway = createVnpayGateway({
  tmnCode: 'ATLTEST1',
  hashSecret: 'VNPAYTESTHASHSECRET0123456789ABCD',
  host: 'https://sandbox.vnpayment.vn',
  sandbox: false,
});
const created = await gateway.createPayment({
  orderNumber: 'ATL-000001',
  reference: 'ATL0000011772352000001',
  amount: 100_000,
  returnUrl: 'https://shop.test/thanh-toan/ket-qua/vnpay/ATL-000001/token',
  cancelUrl: 'https://shop.test/thanh-toan/ket-qua/vnpay/ATL-000001/token',
  notifyUrl: 'https://shop.test/api/webhooks/vnpay',
  now: new Date('2026-03-01T08:00:00Z'),
  expiresAt: new Date('2026-03-01T08:15:00Z'),
  clientIp: '127.0.0.1',
});
if (!created.ok || !created.redirectUrl) throw new Error('no payment URL');
const url = new URL(created.redirectUrl);
console.log(
  JSON.stringify({
    offsetMinutes: new Date('2026-03-01T08:00:00Z').getTimezoneOffset(),
    create: url.searchParams.get('vnp_CreateDate'),
    expire: url.searchParams.get('vnp_ExpireDate'),
    // What the vnpay package would have sent by default for the same instant (why we pass both dates).
    packageDefault: String(dateFormat(getDateInGMT7(new Date('2026-03-01T08:00:00Z')))),
  }),
);
