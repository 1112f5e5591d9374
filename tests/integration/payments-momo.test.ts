import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createMomoGateway } from '@/lib/payments/momo/gateway';
import type { PaymentGateway } from '@/lib/payments/types';
import { type FakeGateway, startFakeMomo } from '../support/fake-gateways';
import { MOMO_IPN_ORDER, momoSign } from '../support/gateway-signing';
import {
  countingAfter,
  deliver,
  latestAttempt,
  placeOnlineOrder,
  placePendingOrder,
  SITE,
  snapshot,
  startAttempt,
} from '../support/payments';
import { connectTestDatabase } from '../support/test-database';

// MoMo v2 against real PostgreSQL: create (captureWallet) against a local stand-in of MoMo's API, and IPNs
// signed by the test in MoMo's documented field order through the same handler as POST /api/webhooks/momo.
// The keys are MoMo's public sandbox keys (github.com/momo-wallet/payment).

vi.hoisted(() => {
  process.env.LOG_LEVEL ??= 'fatal'; // the rejections and alerts below are expected
});

const databaseUrl = inject('databaseUrl');
const KEYS = { partnerCode: 'MOMO', accessKey: 'F8BBA842ECF85', secretKey: 'K951B6PE1waDMi640xX08PD3vg6EkVlz' };

function ipn(
  attempt: { reference: string; amount: number; rawRequest: Record<string, unknown> | null },
  over: Record<string, unknown> = {},
  opts: { secretKey?: string; tamper?: (body: Record<string, unknown>) => void } = {},
) {
  const values: Record<string, unknown> = {
    partnerCode: KEYS.partnerCode,
    orderId: attempt.reference,
    requestId: attempt.rawRequest?.requestId,
    amount: attempt.amount,
    orderInfo: attempt.rawRequest?.orderInfo,
    orderType: 'momo_wallet',
    transId: 4088878653,
    resultCode: 0,
    message: 'Thành công.',
    payType: 'qr',
    responseTime: 1772352131000,
    extraData: '',
    ...over,
  };
  const body = {
    ...values,
    signature: momoSign(MOMO_IPN_ORDER, values, { ...KEYS, secretKey: opts.secretKey ?? KEYS.secretKey }),
  };
  opts.tamper?.(body);
  return { rawBody: JSON.stringify(body) };
}

describe.skipIf(!databaseUrl)('MoMo payments on PostgreSQL', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let fake: FakeGateway;
  let momo: PaymentGateway;

  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    fake = await startFakeMomo(KEYS);
    momo = createMomoGateway({ ...KEYS, endpoint: fake.url, sandbox: false, siteUrl: SITE });
  });
  afterAll(async () => {
    await conn.close();
    await fake.close();
  });

  it('creates a captureWallet payment with a unique requestId and orderId per attempt, signed', async () => {
    const { order, attempt, redirectUrl } = await placeOnlineOrder(conn.db, momo);
    const sent = fake.requests.at(-1)?.body as Record<string, unknown>;
    expect(sent).toMatchObject({
      partnerCode: 'MOMO',
      requestType: 'captureWallet',
      amount: order.total,
      orderId: attempt.reference,
      ipnUrl: `${SITE}/api/webhooks/momo`,
      extraData: '',
    });
    expect(sent.orderId).toMatch(/^[0-9a-zA-Z]([-_.]*[0-9a-zA-Z]+)*$/);
    expect(sent.orderInfo).toMatch(/^[A-Za-z0-9 ]+$/);
    expect(redirectUrl).toMatch(/^https:\/\/test-payment\.momo\.vn\/v2\/gateway\/pay\?t=/);

    const retry = await startAttempt(conn.db, momo, order.number);
    expect(retry.ok).toBe(true);
    const second = fake.requests.at(-1)?.body as Record<string, unknown>;
    expect(second.requestId).not.toBe(sent.requestId);
    expect(second.orderId).not.toBe(sent.orderId);
  });

  it('checks the amount range before calling MoMo', async () => {
    const calls = fake.requests.length;
    const small = await placePendingOrder(conn.db, 'momo', { price: 500, quantity: 1 }); // 500 + 30,000 shipping
    expect((await startAttempt(conn.db, momo, small.order.number)).ok).toBe(true);
    const large = await placePendingOrder(conn.db, 'momo', { price: 26_000_000, quantity: 2, stock: 2 });
    const refused = await startAttempt(conn.db, momo, large.order.number);
    expect(refused.ok === false && refused.code).toBe('amount_out_of_range');
    expect(fake.requests.length).toBe(calls + 1);
    expect(await latestAttempt(conn.db, large.order.id)).toMatchObject({ status: 'failed' });
  });

  it('gives up after its client timeout when MoMo does not answer', async () => {
    const hanging = createMomoGateway({ ...KEYS, endpoint: fake.url, sandbox: false, siteUrl: SITE }, (url, init) =>
      fetch(url, { ...init, signal: AbortSignal.timeout(200) }),
    );
    const { order } = await placePendingOrder(conn.db, 'momo');
    fake.failNext('hang');
    const result = await startAttempt(conn.db, hanging, order.number);
    expect(result.ok === false && result.code).toBe('gateway_error');
  });

  it('resultCode 0 pays once; 5 repeats and 20 at once answer 204 and change nothing; one e-mail', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, momo);
    const after = countingAfter();
    const note = ipn(attempt);
    expect(await deliver(conn.db, momo, note, after)).toEqual({ status: 204, body: null });
    const paid = await snapshot(conn.db, order.id, variant.id);
    expect(paid).toMatchObject({ status: 'paid', emails: 1, webhooks: ['paid'] });
    expect(paid.attempts[0]).toMatchObject({ status: 'succeeded', gatewayReference: '4088878653' });
    for (let i = 0; i < 4; i++) expect((await deliver(conn.db, momo, note, after)).status).toBe(204);
    const burst = await Promise.all(Array.from({ length: 20 }, () => deliver(conn.db, momo, note, after)));
    expect(burst.every((a) => a.status === 204)).toBe(true);
    expect(await snapshot(conn.db, order.id, variant.id)).toEqual(paid);
    expect(after.emails).toBe(1);
  });

  it('refuses a forged or tampered IPN, another partner, another amount; nothing changes', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, momo);
    const before = await snapshot(conn.db, order.id, variant.id);
    const forged = [
      ipn(attempt, {}, { secretKey: 'not-the-secret' }),
      ipn(attempt, { resultCode: 1006 }, { tamper: (b) => Object.assign(b, { resultCode: 0 }) }),
      ipn(attempt, {}, { tamper: (b) => Object.assign(b, { amount: 1000 }) }),
      ipn(attempt, {}, { tamper: (b) => Object.assign(b, { signature: undefined }) }),
      { rawBody: '{"partnerCode":"MOMO"' },
      ipn(attempt, { partnerCode: 'MOMOOTHER' }), // signed with our keys, but for another partner
    ];
    for (const body of forged) expect((await deliver(conn.db, momo, body)).status).toBe(400);
    expect(await snapshot(conn.db, order.id, variant.id)).toEqual(before);

    // Authentic but for another amount: acknowledged (a retry cannot fix it), recorded for staff, not applied.
    expect((await deliver(conn.db, momo, ipn(attempt, { amount: attempt.amount + 1000, transId: 7 }))).status).toBe(
      204,
    );
    expect(await snapshot(conn.db, order.id, variant.id)).toEqual({ ...before, webhooks: ['amount_mismatch'] });

    // The accessKey in the signed string is always ours: one sent in the body changes nothing.
    const withAccessKey = ipn(attempt, {}, { tamper: (b) => Object.assign(b, { accessKey: 'attacker' }) });
    expect((await deliver(conn.db, momo, withAccessKey)).status).toBe(204);
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({ status: 'paid' });
  });

  it('pending codes leave the order pending; a failure releases the stock; a failure after payment never un-pays', async () => {
    const pending = await placeOnlineOrder(conn.db, momo);
    await deliver(conn.db, momo, ipn(pending.attempt, { resultCode: 1000, transId: 1 }));
    await deliver(conn.db, momo, ipn(pending.attempt, { resultCode: 7002, transId: 1 }));
    expect(await snapshot(conn.db, pending.order.id, pending.variant.id)).toMatchObject({
      status: 'pending_payment',
      webhooks: ['pending', 'pending'],
    });
    // ...and the payment that follows still pays it.
    await deliver(conn.db, momo, ipn(pending.attempt, { resultCode: 0, transId: 1 }));
    expect(await snapshot(conn.db, pending.order.id, pending.variant.id)).toMatchObject({ status: 'paid' });

    const denied = await placeOnlineOrder(conn.db, momo, { stock: 4, quantity: 4 });
    expect(await snapshot(conn.db, denied.order.id, denied.variant.id)).toMatchObject({ stock: 0 });
    await deliver(conn.db, momo, ipn(denied.attempt, { resultCode: 1006, message: 'Người dùng từ chối' }));
    expect(await snapshot(conn.db, denied.order.id, denied.variant.id)).toMatchObject({ status: 'failed', stock: 4 });

    const paid = await placeOnlineOrder(conn.db, momo);
    await deliver(conn.db, momo, ipn(paid.attempt));
    await deliver(conn.db, momo, ipn(paid.attempt, { resultCode: 1003, transId: 99 }));
    expect(await snapshot(conn.db, paid.order.id, paid.variant.id)).toMatchObject({
      status: 'paid',
      emails: 1,
      webhooks: ['paid', 'ignored'],
    });
  });

  it('9000 (authorized) counts as paid with one-step capture', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, momo);
    await deliver(conn.db, momo, ipn(attempt, { resultCode: 9000 }));
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({ status: 'paid' });
  });

  it('an IPN for an unknown order is acknowledged and changes nothing', async () => {
    const answer = await deliver(
      conn.db,
      momo,
      ipn({ reference: 'ATL-999999-1', amount: 10_000, rawRequest: { requestId: 'r', orderInfo: 'x' } }),
    );
    expect(answer.status).toBe(204);
  });

  it('the redirect back verifies for display only', async () => {
    const { attempt } = await placeOnlineOrder(conn.db, momo);
    const body = JSON.parse(ipn(attempt, { resultCode: 1006 }).rawBody) as Record<string, unknown>;
    const params = new URLSearchParams(Object.entries(body).map(([k, v]) => [k, String(v)]));
    expect(momo.verifyReturn(params)).toEqual({
      signed: true,
      verified: true,
      claimed: 'failed',
      reference: attempt.reference,
    });
    params.set('resultCode', '0');
    expect(momo.verifyReturn(params)).toMatchObject({ verified: false, claimed: null });
  });
});
