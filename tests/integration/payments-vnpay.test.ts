import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createVnpayGateway } from '@/lib/payments/vnpay/gateway';
import { vnpaySign } from '../support/gateway-signing';
import { countingAfter, deliver, placeOnlineOrder, snapshot } from '../support/payments';
import { connectTestDatabase } from '../support/test-database';

// VNPay against real PostgreSQL: the payment URL built by the `vnpay` package, and IPNs signed by the test
// with VNPay's published algorithm, through the same handler as GET /api/webhooks/vnpay. Every answer is
// HTTP 200 with {RspCode, Message}.

vi.hoisted(() => {
  process.env.LOG_LEVEL ??= 'fatal'; // the rejections and alerts below are expected
});

const databaseUrl = inject('databaseUrl');
const TMN = 'ATLTEST1';
const SECRET = 'VNPAYTESTHASHSECRET0123456789ABCD';
const vnpay = createVnpayGateway({
  tmnCode: TMN,
  hashSecret: SECRET,
  host: 'https://sandbox.vnpayment.vn',
  sandbox: false,
});

function ipn(
  attempt: { reference: string; amount: number },
  over: Record<string, string> = {},
  opts: { secret?: string; tamper?: (q: URLSearchParams) => void } = {},
) {
  const params: Record<string, string> = {
    vnp_Amount: String(attempt.amount * 100),
    vnp_BankCode: 'NCB',
    vnp_BankTranNo: 'VNP14422574',
    vnp_CardType: 'ATM',
    vnp_OrderInfo: 'Thanh toan don hang ATL 000123',
    vnp_PayDate: '20260301150211',
    vnp_ResponseCode: '00',
    vnp_TmnCode: TMN,
    vnp_TransactionNo: '14422574',
    vnp_TransactionStatus: '00',
    vnp_TxnRef: attempt.reference,
    ...over,
  };
  const query = new URLSearchParams(params);
  query.set('vnp_SecureHashType', 'HmacSHA512');
  query.set('vnp_SecureHash', vnpaySign(params, opts.secret ?? SECRET));
  opts.tamper?.(query);
  return { rawQuery: query.toString() };
}

const rsp = (code: string) =>
  expect.objectContaining({ status: 200, body: expect.objectContaining({ RspCode: code }) });

describe.skipIf(!databaseUrl)('VNPay payments on PostgreSQL', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(() => {
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(() => conn.close());

  it('builds a signed payment URL: amount x 100, fresh TxnRef, ASCII OrderInfo, both dates in GMT+7', async () => {
    const { order, attempt, redirectUrl } = await placeOnlineOrder(conn.db, vnpay);
    const url = new URL(redirectUrl ?? '');
    expect(url.origin + url.pathname).toBe('https://sandbox.vnpayment.vn/paymentv2/vpcpay.html');
    const q = url.searchParams;
    expect(q.get('vnp_Amount')).toBe(String(order.total * 100));
    expect(q.get('vnp_TxnRef')).toBe(attempt.reference);
    expect(q.get('vnp_OrderInfo')).toMatch(/^[A-Za-z0-9 ]+$/);
    expect(q.get('vnp_IpAddr')).toBe('113.161.1.1');
    const created = q.get('vnp_CreateDate') ?? '';
    const expires = q.get('vnp_ExpireDate') ?? '';
    expect(created).toMatch(/^\d{14}$/);
    const asGmt7 = (d: string) =>
      Date.UTC(
        +d.slice(0, 4),
        +d.slice(4, 6) - 1,
        +d.slice(6, 8),
        +d.slice(8, 10),
        +d.slice(10, 12),
        +d.slice(12, 14),
      ) -
      7 * 3_600_000;
    expect(Math.abs(asGmt7(created) - attempt.createdAt.getTime())).toBeLessThan(5_000);
    expect(asGmt7(expires) - asGmt7(created)).toBeGreaterThan(14 * 60_000);
    expect(asGmt7(expires) - asGmt7(created)).toBeLessThanOrEqual(15 * 60_000 + 5_000);
    expect(q.get('vnp_SecureHash')).toBe(vnpaySign(Object.fromEntries(q), SECRET));

    const again = await placeOnlineOrder(conn.db, vnpay);
    expect(again.attempt.reference).not.toBe(attempt.reference);
  });

  it('the dates do not depend on the process time zone (TZ=UTC and TZ=Asia/Ho_Chi_Minh)', async () => {
    const run = promisify(execFile);
    const script = path.join(import.meta.dirname, '../support/vnpay-url-child.ts');
    const outputs = await Promise.all(
      ['UTC', 'Asia/Ho_Chi_Minh', 'America/Los_Angeles'].map(async (tz) => {
        const { stdout } = await run('npx', ['tsx', '--conditions=react-server', script], {
          env: { ...process.env, TZ: tz },
          cwd: path.join(import.meta.dirname, '../..'),
        });
        return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
          offsetMinutes: number;
          create: string;
          expire: string;
          packageDefault: string;
        };
      }),
    );
    expect(outputs.map((o) => o.offsetMinutes)).toEqual([0, -420, 480]); // the TZ really took effect
    for (const o of outputs) expect([o.create, o.expire]).toEqual(['20260301150000', '20260301151500']);
    // The package's default is right only under UTC: 22:00 under Asia/Ho_Chi_Minh is seven hours off.
    expect(outputs.map((o) => o.packageDefault)).toEqual(['20260301150000', '20260301220000', '20260301070000']);
  });

  it('a valid IPN pays once (00), repeats answer 02 and change nothing; one e-mail', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, vnpay);
    const after = countingAfter();
    const note = ipn(attempt);
    expect(await deliver(conn.db, vnpay, note, after)).toEqual({
      status: 200,
      body: { RspCode: '00', Message: 'Confirm Success' },
    });
    const paid = await snapshot(conn.db, order.id, variant.id);
    expect(paid).toMatchObject({ status: 'paid', emails: 1, webhooks: ['paid'] });
    expect(paid.attempts[0]).toMatchObject({ status: 'succeeded', gatewayReference: '14422574' });

    for (let i = 0; i < 4; i++) expect(await deliver(conn.db, vnpay, note, after)).toEqual(rsp('02'));
    const burst = await Promise.all(Array.from({ length: 20 }, () => deliver(conn.db, vnpay, note, after)));
    for (const answer of burst) expect(answer).toEqual(rsp('02'));
    expect(await snapshot(conn.db, order.id, variant.id)).toEqual(paid);
    expect(after.emails).toBe(1);
  });

  it('a bad checksum answers 97 and changes nothing, whatever was changed', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, vnpay);
    const before = await snapshot(conn.db, order.id, variant.id);
    const forged = [
      ipn(attempt, {}, { secret: 'another-secret' }),
      ipn(attempt, {}, { tamper: (q) => q.set('vnp_Amount', '100') }),
      ipn(attempt, { vnp_ResponseCode: '24' }, { tamper: (q) => q.set('vnp_ResponseCode', '00') }),
      ipn(attempt, {}, { tamper: (q) => q.delete('vnp_SecureHash') }),
      ipn(attempt, {}, { tamper: (q) => q.append('vnp_TxnRef', 'other') }),
    ];
    const answers = [];
    for (const c of forged) answers.push(await deliver(conn.db, vnpay, c));
    for (const answer of answers)
      expect(answer).toEqual({ status: 200, body: { RspCode: '97', Message: 'Fail checksum' } });
    expect(await snapshot(conn.db, order.id, variant.id)).toEqual(before);
  });

  it('answers 01 for an unknown order, 04 for another amount (before 02), 99 for a non-numeric amount', async () => {
    expect(await deliver(conn.db, vnpay, ipn({ reference: 'ATL999999NOPE', amount: 10_000 }))).toEqual(rsp('01'));

    const { order, variant, attempt } = await placeOnlineOrder(conn.db, vnpay);
    const wrong = ipn({ ...attempt, amount: attempt.amount + 1 }, { vnp_TransactionNo: '555' });
    expect(await deliver(conn.db, vnpay, wrong)).toEqual({
      status: 200,
      body: { RspCode: '04', Message: 'Invalid amount' },
    });
    expect(await deliver(conn.db, vnpay, wrong)).toEqual(rsp('04')); // a repeat is still 04, not 02
    const nonNumeric = ipn(attempt, { vnp_Amount: '12abc', vnp_TransactionNo: '556' });
    expect(await deliver(conn.db, vnpay, nonNumeric)).toEqual({
      status: 200,
      body: { RspCode: '99', Message: 'Unknown error' },
    });
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({
      status: 'pending_payment',
      emails: 0,
      webhooks: ['amount_mismatch'],
    });

    // Paid, then a notification with the wrong amount is still 04: the amount is checked before "already".
    await deliver(conn.db, vnpay, ipn(attempt));
    expect(await deliver(conn.db, vnpay, ipn({ ...attempt, amount: 5 }, { vnp_TransactionNo: '557' }))).toEqual(
      rsp('04'),
    );
  });

  it('a cancelled payment (24/02) cancels the order and gives the stock back; a failure after payment never un-pays', async () => {
    const cancelled = await placeOnlineOrder(conn.db, vnpay, { stock: 6, quantity: 2 });
    expect(await snapshot(conn.db, cancelled.order.id, cancelled.variant.id)).toMatchObject({ stock: 4 });
    const after = countingAfter();
    const cancel = ipn(cancelled.attempt, {
      vnp_ResponseCode: '24',
      vnp_TransactionStatus: '02',
      vnp_TransactionNo: '0',
    });
    expect(await deliver(conn.db, vnpay, cancel, after)).toEqual(rsp('00'));
    expect(await snapshot(conn.db, cancelled.order.id, cancelled.variant.id)).toMatchObject({
      status: 'cancelled',
      stock: 6,
      emails: 0,
      events: ['->pending_payment', 'pending_payment->cancelled'],
    });
    expect(after.released).toHaveLength(1);

    const failed = await placeOnlineOrder(conn.db, vnpay, { stock: 3, quantity: 3 });
    await deliver(
      conn.db,
      vnpay,
      ipn(failed.attempt, { vnp_ResponseCode: '51', vnp_TransactionStatus: '02', vnp_TransactionNo: '77' }),
    );
    expect(await snapshot(conn.db, failed.order.id, failed.variant.id)).toMatchObject({ status: 'failed', stock: 3 });

    const paid = await placeOnlineOrder(conn.db, vnpay, { stock: 3, quantity: 1 });
    await deliver(conn.db, vnpay, ipn(paid.attempt));
    const late = ipn(paid.attempt, {
      vnp_ResponseCode: '99',
      vnp_TransactionStatus: '02',
      vnp_TransactionNo: '14422575',
    });
    expect(await deliver(conn.db, vnpay, late)).toEqual(rsp('02'));
    expect(await snapshot(conn.db, paid.order.id, paid.variant.id)).toMatchObject({
      status: 'paid',
      stock: 2,
      emails: 1,
      webhooks: ['paid', 'ignored'],
    });
    expect((await snapshot(conn.db, paid.order.id, paid.variant.id)).attempts[0]?.status).toBe('succeeded');
  });

  it('pays only when both codes are 00: 00 with status 01 leaves the order pending', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, vnpay);
    expect(await deliver(conn.db, vnpay, ipn(attempt, { vnp_TransactionStatus: '01' }))).toEqual(rsp('00'));
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({
      status: 'pending_payment',
      webhooks: ['pending'],
    });
  });

  it('the return URL verifies for display only', async () => {
    const { attempt } = await placeOnlineOrder(conn.db, vnpay);
    const good = new URLSearchParams(ipn(attempt).rawQuery);
    expect(vnpay.verifyReturn(good)).toEqual({
      signed: true,
      verified: true,
      claimed: 'paid',
      reference: attempt.reference,
    });
    good.set('vnp_ResponseCode', '24');
    expect(vnpay.verifyReturn(good)).toMatchObject({ verified: false, claimed: null });
  });
});
