import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createMailer } from '@/lib/email/mailer';
import { outboxHandlers } from '@/lib/outbox/handlers';
import { processOutbox } from '@/lib/outbox/worker';
import { createPayosGateway } from '@/lib/payments/payos/gateway';
import type { PaymentGateway } from '@/lib/payments/types';
import { type FakeGateway, startFakePayos } from '../support/fake-gateways';
import { payosSign } from '../support/gateway-signing';
import { eq, sql } from 'drizzle-orm';
import { orders } from '@/db/schema';
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
import { startSmtpSink } from '../support/smtp-sink';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// PayOS against real PostgreSQL: the payment link is created through @payos/node v2 against a local
// stand-in of PayOS's API, and notifications signed by the test (PayOS's published algorithm) go through
// the same handler as POST /api/webhooks/payos.

vi.hoisted(() => {
  process.env.LOG_LEVEL ??= 'fatal'; // the rejections and alerts below are expected
});

const databaseUrl = inject('databaseUrl');
const KEYS = { clientId: 'test-client-id', apiKey: 'test-api-key', checksumKey: 'test-payos-checksum-key-0123456789' };

function notification(
  attempt: { reference: string; amount: number; gatewayReference: string | null },
  over: Record<string, unknown> = {},
  opts: { key?: string; signature?: string; top?: Record<string, unknown> } = {},
) {
  const data = {
    orderCode: Number(attempt.reference),
    amount: attempt.amount,
    description: 'ATL000123',
    accountNumber: '0000111122223333',
    reference: 'FT26060123456789',
    transactionDateTime: '2026-03-01 15:02:11',
    currency: 'VND',
    paymentLinkId: attempt.gatewayReference,
    code: '00',
    desc: 'success',
    counterAccountBankId: '',
    counterAccountBankName: '',
    counterAccountName: null,
    counterAccountNumber: '',
    virtualAccountName: '',
    virtualAccountNumber: '',
    ...over,
  };
  const signature = opts.signature ?? payosSign(data, opts.key ?? KEYS.checksumKey);
  return { rawBody: JSON.stringify({ code: '00', desc: 'success', success: true, data, signature, ...opts.top }) };
}

describe.skipIf(!databaseUrl)('PayOS payments on PostgreSQL', () => {
  // A database of its own: these tests drain the outbox and count the e-mails, and other files fill the
  // shared database's outbox at the same time.
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  let fake: FakeGateway;
  let payos: PaymentGateway;

  beforeAll(async () => {
    database = await createTestDatabase('atl_payos', { seed: true });
    conn = connectTestDatabase(database.url);
    fake = await startFakePayos(KEYS);
    payos = createPayosGateway({ ...KEYS, baseUrl: fake.url, sandbox: false, siteUrl: SITE });
  });
  afterAll(async () => {
    await conn.close();
    await fake.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await database?.drop();
  });

  it('creates a payment link with a numeric orderCode, a short description and expiredAt = the window', async () => {
    const { order, attempt, redirectUrl } = await placeOnlineOrder(conn.db, payos);
    const sent = fake.requests.at(-1)?.body as Record<string, unknown>;
    expect(sent.orderCode).toBe(Number(attempt.reference));
    expect(Number.isSafeInteger(sent.orderCode)).toBe(true);
    expect(sent.amount).toBe(order.total);
    expect(String(sent.description).length).toBeLessThanOrEqual(9);
    expect(sent.returnUrl).toMatch(new RegExp(`^${SITE}/thanh-toan/ket-qua/payos/${order.number}/`));
    const [row] = await conn.db
      .select({ expires: sql<string>`floor(extract(epoch from ${orders.paymentExpiresAt}))::bigint::text` })
      .from(orders)
      .where(eq(orders.id, order.id));
    expect(String(sent.expiredAt)).toBe(row?.expires);
    expect(redirectUrl).toBe(`https://pay.payos.vn/web/${attempt.gatewayReference}`);
    expect(attempt).toMatchObject({ gateway: 'payos', status: 'pending', amount: order.total, sandbox: false });
  });

  it('a valid notification pays the order once; 5 repeats and 20 at once change nothing more; one e-mail', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, payos);
    const after = countingAfter();
    const note = notification(attempt);
    const first = await deliver(conn.db, payos, note, after);
    expect(first.status).toBe(200);
    const paid = await snapshot(conn.db, order.id, variant.id);
    expect(paid.status).toBe('paid');
    expect(paid.attempts[0]?.status).toBe('succeeded');
    expect(paid.events).toEqual(['->pending_payment', 'pending_payment->paid']);
    expect(paid.emails).toBe(1);

    for (let i = 0; i < 4; i++) expect((await deliver(conn.db, payos, note, after)).status).toBe(200);
    const answers = await Promise.all(Array.from({ length: 20 }, () => deliver(conn.db, payos, note, after)));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(await snapshot(conn.db, order.id, variant.id)).toEqual(paid);
    expect(after.emails).toBe(1);

    // The outbox sends that one e-mail once.
    const smtp = await startSmtpSink();
    try {
      const mailer = createMailer({ smtpUrl: smtp.url, from: 'Audio Tài Lộc <no-reply@audiotailoc.vn>', dir: '' });
      await processOutbox(conn.db, outboxHandlers(conn.db, mailer), 1000);
      expect(smtp.mails.filter((m) => m.raw.includes(order.number))).toHaveLength(1);
    } finally {
      await smtp.close();
    }
  });

  it('a forged or tampered notification is refused and changes nothing', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, payos);
    const before = await snapshot(conn.db, order.id, variant.id);
    const forged = notification(attempt, {}, { key: 'not-the-checksum-key' });
    const tampered = JSON.parse(notification(attempt).rawBody) as { data: { amount: number } };
    tampered.data.amount = 1000;
    const unsigned = notification(attempt, {}, { signature: '' });
    for (const body of [forged, { rawBody: JSON.stringify(tampered) }, unsigned, { rawBody: 'not json' }]) {
      expect((await deliver(conn.db, payos, body)).status).toBe(400);
    }
    expect(await snapshot(conn.db, order.id, variant.id)).toEqual(before);
    // The unsigned top level cannot make a failure look like a payment either: data.code decides.
    const failedButTopSaysOk = notification(
      attempt,
      { code: '01', desc: 'fail' },
      { top: { code: '00', success: true } },
    );
    expect((await deliver(conn.db, payos, failedButTopSaysOk)).status).toBe(200);
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({
      status: 'pending_payment',
      emails: 0,
      webhooks: ['pending'],
    });
  });

  it('refuses another amount, another paymentLinkId, another currency', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, payos);
    const before = await snapshot(conn.db, order.id, variant.id);
    await deliver(conn.db, payos, notification(attempt, { amount: attempt.amount - 1, reference: 'R1' }));
    await deliver(conn.db, payos, notification(attempt, { paymentLinkId: 'someone-elses-link', reference: 'R2' }));
    expect((await deliver(conn.db, payos, notification(attempt, { currency: 'USD', reference: 'R3' }))).status).toBe(
      200,
    );
    const after = await snapshot(conn.db, order.id, variant.id);
    expect(after.status).toBe('pending_payment');
    expect(after.attempts).toEqual(before.attempts);
    expect(after.emails).toBe(0);
    expect(after.webhooks).toEqual(['amount_mismatch', 'reference_mismatch']);
  });

  it('a valid notification for an unknown order is answered 2xx and changes nothing (how PayOS confirms a URL)', async () => {
    const answer = await deliver(
      conn.db,
      payos,
      notification({ reference: '123', amount: 3000, gatewayReference: '124c33293c43417ab7879e14c8d9eb18' }),
    );
    expect(answer).toEqual({ status: 200, body: { success: true } });

    // PayOS's own published example (payos.vn/docs/tich-hop-webhook/kiem-tra-du-lieu-voi-signature), raw
    // bytes and signature as published, through a gateway holding the published checksum key.
    const published = createPayosGateway({
      clientId: 'c',
      apiKey: 'a',
      checksumKey: '1a54716c8f0efb2744fb28b6e38b25da7f67a925d98bc1c18bd8faaecadd7675',
      baseUrl: fake.url,
      sandbox: false,
      siteUrl: SITE,
    });
    const rawBody = `{"code":"00","desc":"success","success":true,"data":{"orderCode":123,"amount":3000,"description":"VQRIO123","accountNumber":"12345678","reference":"TF230204212323","transactionDateTime":"2023-02-04 18:25:00","currency":"VND","paymentLinkId":"124c33293c43417ab7879e14c8d9eb18","code":"00","desc":"Thành công","counterAccountBankId":"","counterAccountBankName":"","counterAccountName":"","counterAccountNumber":"","virtualAccountName":"","virtualAccountNumber":""},"signature":"412e915d2871504ed31be63c8f62a149a4410d34c4c42affc9006ef9917eaa03"}`;
    expect(await deliver(conn.db, published, { rawBody })).toEqual({ status: 200, body: { success: true } });
    expect(
      (await deliver(conn.db, published, { rawBody: rawBody.replace('"amount":3000', '"amount":3001') })).status,
    ).toBe(400);
  });

  it('an unpaid order expires and gives its stock back; a payment after that goes to staff, not to the order', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, payos, { stock: 5, quantity: 2 });
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({ stock: 3 });
    const { expireOverdueOrders } = await import('@/lib/payments/expire');
    await conn.db
      .update(orders)
      .set({ paymentExpiresAt: sql`now() - interval '1 minute'` })
      .where(eq(orders.id, order.id));
    const swept = await expireOverdueOrders(conn.db);
    expect(swept.expired).toContain(order.number);
    const late = await deliver(conn.db, payos, notification(attempt));
    expect(late.status).toBe(200);
    const after = await snapshot(conn.db, order.id, variant.id);
    expect(after).toMatchObject({ status: 'expired', stock: 5, emails: 0, webhooks: ['needs_review'] });
    expect(after.attempts[0]?.status).toBe('succeeded');
  });

  it('a gateway error leaves the order pending with a failed attempt, and the shopper can retry', async () => {
    const { order, variant } = await placePendingOrder(conn.db, 'payos');
    fake.failNext('error');
    const failed = await startAttempt(conn.db, payos, order.number);
    expect(failed.ok === false && failed.code).toBe('gateway_error');
    const first = await latestAttempt(conn.db, order.id);
    expect(first).toMatchObject({ status: 'failed', redirectUrl: null });
    expect(first.error).toMatch(/^gateway_error: /);

    const retried = await startAttempt(conn.db, payos, order.number);
    expect(retried.ok && retried.redirectUrl).toMatch(/^https:\/\/pay\.payos\.vn\/web\//);
    const second = await latestAttempt(conn.db, order.id);
    expect(second.reference).not.toBe(first.reference);
    await deliver(conn.db, payos, notification(second));
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({ status: 'paid', emails: 1 });
  });
});
