import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { OnlineGateway } from '@/db/schema';
import { parseEnv } from '@/lib/env';
import { orderAccessToken } from '@/lib/orders/access-token';
import { noAfterCommit } from '@/lib/payments/after-commit';
import { momoConfig, payosConfig, vnpayConfig } from '@/lib/payments/config';
import { getGateway } from '@/lib/payments/registry';
import { getPaymentReturnView } from '@/lib/payments/return-view';
import { getSimulatorView, runSimulation } from '@/lib/payments/sandbox/simulator';
import type { PaymentGateway } from '@/lib/payments/types';
import { handleWebhook } from '@/lib/payments/webhook';
import { placeOnlineOrder, snapshot } from '../support/payments';
import { connectTestDatabase } from '../support/test-database';

// The development sandbox: with no keys, each gateway is played by a local simulator that sends the
// gateway's own signed notification to our webhook (here a local HTTP server running the real handler)
// and sends the shopper back the way the gateway would. The return page then shows the stored state.

vi.hoisted(() => {
  process.env.PAYMENT_SANDBOX = 'true';
  process.env.LOG_LEVEL ??= 'fatal'; // the rejections and alerts below are expected
});

const databaseUrl = inject('databaseUrl');

describe.skipIf(!databaseUrl)('payment sandbox (development only)', () => {
  let conn: ReturnType<typeof connectTestDatabase>;
  let origin: string;
  let close: () => Promise<void>;
  const gateways = {} as Record<OnlineGateway, PaymentGateway>;

  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    for (const id of ['payos', 'vnpay', 'momo'] as const) {
      const gateway = getGateway(id);
      if (!gateway) throw new Error(`${id} should be played by the sandbox`);
      gateways[id] = gateway;
    }
    // Our webhook endpoints, over HTTP, as the simulator reaches them.
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://local');
        const id = url.pathname.split('/').at(-1) as OnlineGateway;
        const rawBody = Buffer.concat(chunks).toString('utf8');
        void handleWebhook(
          id,
          { method: req.method ?? 'GET', rawBody, rawQuery: url.search.slice(1) },
          { db: conn.db, gateway: gateways[id], after: noAfterCommit },
        ).then((answer) => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(answer.body ? JSON.stringify(answer.body) : undefined);
        });
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(async () => {
    await close();
    await conn.close();
  });

  it('is impossible in production, and steps aside when real keys are set', () => {
    const prod = { NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' };
    expect(payosConfig(parseEnv(prod))).toBeNull();
    expect(vnpayConfig(parseEnv(prod))).toBeNull();
    expect(momoConfig(parseEnv(prod))).toBeNull();
    expect(() => parseEnv({ NODE_ENV: 'production', PAYMENT_SANDBOX: 'true' })).toThrow(
      /PAYMENT_SANDBOX: cannot be enabled in production/,
    );
    expect(
      vnpayConfig(parseEnv({ NODE_ENV: 'development', VNPAY_TMN_CODE: 'T', VNPAY_HASH_SECRET: 'S' })),
    ).toMatchObject({
      sandbox: false,
      tmnCode: 'T',
    });
    expect(payosConfig(parseEnv({ NODE_ENV: 'development' }))?.sandbox).toBe(true);
    expect(payosConfig(parseEnv({ NODE_ENV: 'development', PAYMENT_SANDBOX: 'false' }))).toBeNull();
  });

  for (const id of ['payos', 'vnpay', 'momo'] as const) {
    it(`${id}: Pay on the simulator notifies the webhook, the order becomes paid, the return page shows it`, async () => {
      const { order, variant, redirectUrl } = await placeOnlineOrder(conn.db, gateways[id]);
      const simulator = new URL(redirectUrl ?? '');
      expect(simulator.pathname).toBe(`/sandbox/${id}`);
      const view = await getSimulatorView(conn.db, id, simulator.searchParams);
      expect(view).toMatchObject({ ok: true, orderNumber: order.number, amount: order.total, open: true });
      if (!view.ok) return;

      const token = orderAccessToken(order.number);
      const waiting = await getPaymentReturnView(conn.db, {
        gateway: id,
        orderNumber: order.number,
        token,
        params: new URLSearchParams(),
      });
      expect(waiting?.state).toBe('waiting');

      const result = await runSimulation(conn.db, { gateway: id, reference: view.reference, action: 'pay', origin });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const back = new URL(result.redirectTo);
      expect(back.pathname).toBe(`/thanh-toan/ket-qua/${id}/${order.number}/${token}`);
      expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({ status: 'paid', emails: 1 });

      const shown = await getPaymentReturnView(conn.db, {
        gateway: id,
        orderNumber: order.number,
        token,
        params: back.searchParams,
      });
      expect(shown).toMatchObject({
        state: 'paid',
        returnSigned: id !== 'payos',
        returnVerified: id !== 'payos',
        claimed: 'paid',
      });
      expect(await getSimulatorView(conn.db, id, simulator.searchParams)).toMatchObject({ ok: true, open: false });
    });
  }

  it('Cancel: VNPay cancels the order, MoMo fails it (stock back); PayOS only redirects (order waits)', async () => {
    const outcomes: Record<string, unknown> = {};
    for (const id of ['payos', 'vnpay', 'momo'] as const) {
      const { order, variant, redirectUrl } = await placeOnlineOrder(conn.db, gateways[id], { stock: 2, quantity: 2 });
      const view = await getSimulatorView(conn.db, id, new URL(redirectUrl ?? '').searchParams);
      if (!view.ok) throw new Error(view.message);
      const result = await runSimulation(conn.db, { gateway: id, reference: view.reference, action: 'cancel', origin });
      if (!result.ok) throw new Error(result.message);
      const shown = await getPaymentReturnView(conn.db, {
        gateway: id,
        orderNumber: order.number,
        token: orderAccessToken(order.number),
        params: new URL(result.redirectTo).searchParams,
      });
      const { status, stock } = await snapshot(conn.db, order.id, variant.id);
      outcomes[id] = { status, stock, state: shown?.state, claimed: shown?.claimed };
    }
    expect(outcomes).toEqual({
      payos: { status: 'pending_payment', stock: 0, state: 'waiting', claimed: 'cancelled' },
      vnpay: { status: 'cancelled', stock: 2, state: 'cancelled', claimed: 'cancelled' },
      momo: { status: 'failed', stock: 2, state: 'failed', claimed: 'failed' },
    });
  });

  it('the return page never marks anything paid, and refuses a wrong token', async () => {
    const { order, variant, attempt } = await placeOnlineOrder(conn.db, gateways.payos);
    const claimsPaid = new URLSearchParams({
      code: '00',
      id: attempt.gatewayReference ?? '',
      cancel: 'false',
      status: 'PAID',
      orderCode: attempt.reference,
    });
    const token = orderAccessToken(order.number);
    const shown = await getPaymentReturnView(conn.db, {
      gateway: 'payos',
      orderNumber: order.number,
      token,
      params: claimsPaid,
    });
    expect(shown).toMatchObject({ state: 'waiting', returnSigned: false, returnVerified: false });
    expect(await snapshot(conn.db, order.id, variant.id)).toMatchObject({ status: 'pending_payment' });
    expect(
      await getPaymentReturnView(conn.db, {
        gateway: 'payos',
        orderNumber: order.number,
        token: `${token}x`,
        params: claimsPaid,
      }),
    ).toBeNull();
  });

  it('a tampered simulator URL for VNPay is refused as VNPay would', async () => {
    const { redirectUrl } = await placeOnlineOrder(conn.db, gateways.vnpay);
    const params = new URL(redirectUrl ?? '').searchParams;
    params.set('vnp_Amount', '100');
    expect(await getSimulatorView(conn.db, 'vnpay', params)).toMatchObject({ ok: false });
  });
});
