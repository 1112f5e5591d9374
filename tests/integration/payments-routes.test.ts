import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peerAddressHeader } from '@/lib/http/proxy-trust';
import { type FakeGateway, startFakeMomo, startFakePayos } from '../support/fake-gateways';
import { momoSign, MOMO_IPN_ORDER, vnpaySign } from '../support/gateway-signing';
import { PG_ADMIN_URL, reachable, requireOrSkip, TEST_REDIS_URL } from '../support/services';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// The route handlers in-process, configured through the environment as in production (keys, hosts pointed
// at local stand-ins), on a database of their own (the outbox worker they wake must not send the other
// test files' e-mail) and the test Redis: checkout answers the gateway URL, the webhooks answer each
// gateway's protocol, the pay, cron and metrics routes check who is asking.

const services = (await reachable(PG_ADMIN_URL)) && (await reachable(TEST_REDIS_URL));
const run = requireOrSkip(services, 'PostgreSQL and Redis for the payment routes');

const VNPAY = { tmn: 'ROUTETMN', secret: 'ROUTESVNPAYSECRET0123456789' };
const MOMO = { partnerCode: 'MOMOROUTES', accessKey: 'routes-access', secretKey: 'routes-momo-secret' };
const PAYOS = { clientId: 'routes-client', apiKey: 'routes-api', checksumKey: 'routes-payos-checksum' };
const CRON = 'cron-secret-for-routes-0123456789';
const METRICS = 'metrics-token-for-routes-0123';

type Json = Record<string, unknown>;

describe.skipIf(!run)('payment routes', () => {
  let database: TestDatabase;
  let conn: ReturnType<typeof connectTestDatabase>;
  let payos: FakeGateway;
  let momo: FakeGateway;
  let routes: Awaited<ReturnType<typeof importRoutes>>;
  let factories: typeof import('../support/factories');

  async function importRoutes() {
    return {
      cartItems: await import('@/app/api/cart/items/route'),
      checkout: await import('@/app/api/checkout/route'),
      order: await import('@/app/api/orders/[number]/route'),
      pay: await import('@/app/api/orders/[number]/pay/route'),
      vnpay: await import('@/app/api/webhooks/vnpay/route'),
      momo: await import('@/app/api/webhooks/momo/route'),
      payos: await import('@/app/api/webhooks/payos/route'),
      expire: await import('@/app/api/cron/expire-orders/route'),
      metrics: await import('@/app/api/metrics/route'),
    };
  }

  beforeAll(async () => {
    [payos, momo, database] = await Promise.all([
      startFakePayos(PAYOS),
      startFakeMomo(MOMO),
      createTestDatabase('atl_payroutes', { seed: true }),
    ]);
    Object.assign(process.env, {
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      REDIS_KEY_PREFIX: `atl-payroutes-${process.pid}-${Date.now()}:`,
      MAIL_DIR: mkdtempSync(path.join(tmpdir(), 'atl-mail-')),
      SITE_URL: 'https://shop.test',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'fatal',
      CRON_SECRET: CRON,
      METRICS_TOKEN: METRICS,
      // These tests place many online orders with one test contact; the caps are tested on their own.
      MAX_OPEN_UNPAID_ORDERS_PER_CONTACT: '100',
      MAX_OPEN_UNPAID_ORDERS_PER_IP: '1000',
      VNPAY_TMN_CODE: VNPAY.tmn,
      VNPAY_HASH_SECRET: VNPAY.secret,
      VNPAY_HOST: 'https://sandbox.vnpayment.vn',
      MOMO_PARTNER_CODE: MOMO.partnerCode,
      MOMO_ACCESS_KEY: MOMO.accessKey,
      MOMO_SECRET_KEY: MOMO.secretKey,
      MOMO_ENDPOINT: momo.url,
      PAYOS_CLIENT_ID: PAYOS.clientId,
      PAYOS_API_KEY: PAYOS.apiKey,
      PAYOS_CHECKSUM_KEY: PAYOS.checksumKey,
      PAYOS_BASE_URL: payos.url,
    });
    conn = connectTestDatabase(database.url);
    routes = await importRoutes();
    factories = await import('../support/factories');
  });
  afterAll(async () => {
    // The app's own pool (lib/db/client) must let go of the database before it is dropped.
    const key = Symbol.for('audio-tai-loc.db');
    const app = (globalThis as { [key]?: Promise<{ close: () => Promise<void> }> })[key];
    await (await app)?.close();
    await conn?.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await Promise.all([payos?.close(), momo?.close()]);
    await database?.drop();
  });

  const json = (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    new NextRequest(url, {
      method,
      headers: { 'content-type': 'application/json', ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  async function checkoutWith(paymentMethod: string, quantity = 1) {
    const {
      variants: [v],
    } = await factories.createProduct(conn.db, { variants: [{ price: 890_000, stock: 10 }] });
    const added = await routes.cartItems.POST(
      json('POST', 'https://shop.test/api/cart/items', { variantId: v?.id, quantity }),
      {},
    );
    const { cartId } = (await added.json()) as { cartId: string };
    const res = await routes.checkout.POST(
      json(
        'POST',
        'https://shop.test/api/checkout',
        { ...checkoutBody(), paymentMethod },
        {
          'x-cart-id': cartId,
          'idempotency-key': factories.testKey(),
          // The socket's address as our HTTP server hook records it (X-Forwarded-For is not trusted by default).
          [peerAddressHeader()]: '113.161.2.3',
        },
      ),
      {},
    );
    return {
      res,
      body: (await res.json()) as Json & {
        order: Json & { number: string; accessToken: string; total: number };
        payment: Json;
      },
    };
  }

  /** A VNPay IPN for the checkout's payment URL, signed with our hash secret. */
  function vnpayIpnUrl(body: { order: { total: number }; payment: Json }, transactionNo: string) {
    const txnRef = new URL(String(body.payment.redirectUrl)).searchParams.get('vnp_TxnRef') ?? '';
    const params: Record<string, string> = {
      vnp_Amount: String(body.order.total * 100),
      vnp_ResponseCode: '00',
      vnp_TmnCode: VNPAY.tmn,
      vnp_TransactionNo: transactionNo,
      vnp_TransactionStatus: '00',
      vnp_TxnRef: txnRef,
    };
    return `https://shop.test/api/webhooks/vnpay?${new URLSearchParams({ ...params, vnp_SecureHash: vnpaySign(params, VNPAY.secret) })}`;
  }

  const checkoutBody = () => ({
    contact: { name: 'Trần Thị Bình', phone: '0987654321', email: 'binh@example.vn' },
    shippingAddress: { provinceCode: '01', wardCode: '00004', street: '5 Hàng Bài' },
  });

  it('checkout with VNPay answers the signed payment URL; its IPN route pays the order (RspCode 00, then 02)', async () => {
    const { res, body } = await checkoutWith('vnpay');
    expect(res.status).toBe(201);
    expect(body.order.status).toBe('pending_payment');
    const payUrl = new URL(String(body.payment.redirectUrl));
    expect(payUrl.origin).toBe('https://sandbox.vnpayment.vn');
    expect(payUrl.searchParams.get('vnp_IpAddr')).toBe('113.161.2.3');
    const ipnUrl = vnpayIpnUrl(body, '31337');
    const first = await routes.vnpay.GET(new Request(ipnUrl));
    expect([first.status, await first.json()]).toEqual([200, { RspCode: '00', Message: 'Confirm Success' }]);
    const again = await routes.vnpay.GET(new Request(ipnUrl));
    expect(await again.json()).toEqual({ RspCode: '02', Message: 'Order already confirmed' });
    const forged = await routes.vnpay.GET(
      new Request(ipnUrl.replace('vnp_TransactionNo=31337', 'vnp_TransactionNo=31338')),
    );
    expect([forged.status, await forged.json()]).toEqual([200, { RspCode: '97', Message: 'Fail checksum' }]);

    const view = await routes.order.GET(
      new NextRequest(`https://shop.test/api/orders/${body.order.number}?token=${body.order.accessToken}`),
      { params: Promise.resolve({ number: body.order.number }) } as never,
    );
    const order = (await view.json()) as Json;
    expect(order).toMatchObject({
      status: 'paid',
      latestPayment: { gateway: 'vnpay', status: 'succeeded', redirectUrl: null },
    });
  });

  it('checkout with MoMo and PayOS answers their pay URLs; the webhooks answer 204 / 2xx, and 400 when forged', async () => {
    const viaMomo = await checkoutWith('momo');
    expect(viaMomo.body.payment.redirectUrl).toMatch(/^https:\/\/test-payment\.momo\.vn\//);
    const created = momo.requests.at(-1)?.body as Json;
    const values = {
      partnerCode: MOMO.partnerCode,
      orderId: created.orderId,
      requestId: created.requestId,
      amount: created.amount,
      orderInfo: created.orderInfo,
      orderType: 'momo_wallet',
      transId: 555,
      resultCode: 0,
      message: 'Thành công.',
      payType: 'qr',
      responseTime: 1,
      extraData: '',
    };
    const signed = JSON.stringify({ ...values, signature: momoSign(MOMO_IPN_ORDER, values, MOMO) });
    const ok = await routes.momo.POST(
      new Request('https://shop.test/api/webhooks/momo', { method: 'POST', body: signed }),
    );
    expect(ok.status).toBe(204);
    const bad = await routes.momo.POST(
      new Request('https://shop.test/api/webhooks/momo', {
        method: 'POST',
        body: signed.replace('"resultCode":0', '"resultCode":1'),
      }),
    );
    expect(bad.status).toBe(400);

    const viaPayos = await checkoutWith('payos');
    expect(viaPayos.body.payment.redirectUrl).toMatch(/^https:\/\/pay\.payos\.vn\/web\//);
    const unknown = await routes.payos.POST(
      new Request('https://shop.test/api/webhooks/payos', {
        method: 'POST',
        body: '{"code":"00","data":{},"signature":"x"}',
      }),
    );
    expect(unknown.status).toBe(400);
  });

  it('POST /api/orders/{number}/pay starts a new attempt or switches to COD, for the token holder only', async () => {
    const { body } = await checkoutWith('vnpay');
    const payUrl = (token: string) => `https://shop.test/api/orders/${body.order.number}/pay?token=${token}`;
    const ctx = { params: Promise.resolve({ number: body.order.number }) };
    const wrong = await routes.pay.POST(
      json('POST', payUrl(`${body.order.accessToken}x`), { paymentMethod: 'momo' }),
      ctx,
    );
    expect(wrong.status).toBe(404);
    const viaMomo = await routes.pay.POST(json('POST', payUrl(body.order.accessToken), { paymentMethod: 'momo' }), ctx);
    expect(viaMomo.status).toBe(200);
    expect(await viaMomo.json()).toMatchObject({
      order: { number: body.order.number, status: 'pending_payment' },
      payment: { method: 'momo', redirectUrl: expect.stringMatching(/^https:\/\/test-payment\.momo\.vn\//) },
    });
    const cod = await routes.pay.POST(json('POST', payUrl(body.order.accessToken), { paymentMethod: 'cod' }), ctx);
    expect(await cod.json()).toEqual({
      order: { number: body.order.number, status: 'placed' },
      payment: { method: 'cod' },
    });
    const late = await routes.pay.POST(json('POST', payUrl(body.order.accessToken), { paymentMethod: 'vnpay' }), ctx);
    expect(late.status).toBe(409);
  });

  it('the cron route needs CRON_SECRET; metrics need METRICS_TOKEN and count payments and rejections', async () => {
    const cronUrl = 'https://shop.test/api/cron/expire-orders';
    expect((await routes.expire.GET(new NextRequest(cronUrl), {})).status).toBe(401);
    const swept = await routes.expire.POST(
      new NextRequest(cronUrl, { method: 'POST', headers: { authorization: `Bearer ${CRON}` } }),
      {},
    );
    expect(swept.status).toBe(200);
    expect(await swept.json()).toMatchObject({ ran: true, expired: [] });

    // Its own paid order and its own forged notification, so the counters below have something to count.
    const { body } = await checkoutWith('vnpay');
    const ipnUrl = vnpayIpnUrl(body, '424242');
    await routes.vnpay.GET(new Request(ipnUrl.replace('vnp_ResponseCode=00', 'vnp_ResponseCode=24')));
    await routes.vnpay.GET(new Request(ipnUrl));

    expect((await routes.metrics.GET(new NextRequest('https://shop.test/api/metrics'), {})).status).toBe(401);
    const res = await routes.metrics.GET(
      new NextRequest('https://shop.test/api/metrics', { headers: { authorization: `Bearer ${METRICS}` } }),
      {},
    );
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toMatch(/atl_payments_total\{gateway="vnpay",result="paid"\} [1-9]/);
    expect(text).toMatch(/atl_payment_webhook_rejections_total\{gateway="vnpay",reason="bad_signature"\} [1-9]/);
    expect(text).toMatch(/atl_orders_placed_total\{payment_method="vnpay"\} [1-9]/);
  });
});
