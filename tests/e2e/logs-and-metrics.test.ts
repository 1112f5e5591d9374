import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount, postCredentials } from '../support/accounts';
import { vnpaySign } from '../support/gateway-signing';
import { freePort, waitForHealth } from '../support/process';
import { TEST_REDIS_URL } from '../support/services';
import { startSmtpSink } from '../support/smtp-sink';
import { connectTestDatabase, createTestDatabase, type TestDatabase } from '../support/test-database';

// A production server of its own (the build the suite made), with secrets of its own and LOG_LEVEL=debug,
// whose stdout this test keeps. It runs the flows that handle secrets – sign-in, cart, checkout with a
// phone number, the order page's token, a signed VNPay notification, the cron and metrics bearers –
// then checks that every request left one ECS JSON line (request id, route pattern, status, duration,
// user, order number), that the metrics show the latency histogram by route and the funnel, and that
// not one of the secrets or tokens it used appears anywhere in the log.

const suiteUrl = inject('baseUrl');

const secrets = {
  AUTH_SECRET: 'logtest-auth-secret-Zq8w3JmX0pLr5vN2cB7tY4kH',
  ORDER_TOKEN_SECRET: 'logtest-order-token-secret-Pk2sV9dQ6wE1rT8yU3iO',
  CRON_SECRET: 'logtest-cron-secret-Hn4bG7fD2sA9',
  METRICS_TOKEN: 'logtest-metrics-token-Lm6nB1vC8xZ3',
  VNPAY_HASH_SECRET: 'LOGTESTVNPAYHASHSECRETQWERTY123456',
};
const TMN = 'LOGTEST1';
const PHONE = '0903 456 789';
const PHONE_DIGITS = '0903456789';

describe.skipIf(!suiteUrl)('request logs and metrics of a production server', () => {
  let database: TestDatabase;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;
  let child: ChildProcess | undefined;
  let baseUrl = '';
  const output: string[] = [];
  /** Every secret value the flows used, beyond the server's own keys. */
  const used = new Set<string>(Object.values(secrets));

  beforeAll(async () => {
    database = await createTestDatabase('atl_logs', { seed: true });
    smtp = await startSmtpSink();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: `atl-logs-${process.pid}-${Date.now()}:`,
        SMTP_URL: smtp.url,
        SITE_URL: baseUrl,
        LOG_LEVEL: 'debug',
        VNPAY_TMN_CODE: TMN,
        VNPAY_HOST: 'https://sandbox.vnpayment.vn',
        NEXT_TELEMETRY_DISABLED: '1',
        ...secrets,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    child.stdout?.on('data', (d: Buffer) => output.push(d.toString()));
    child.stderr?.on('data', (d: Buffer) => output.push(d.toString()));
    await waitForHealth(baseUrl, child, { timeoutMs: 60_000, what: 'next start (logs)' });
  });

  afterAll(async () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    await smtp?.close();
    await database?.drop();
  });

  const logLines = () =>
    output
      .join('')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown> & { labels?: Record<string, string> });
  const requestLine = (id: string) =>
    logLines().find((l) => (l.http as { request?: { id?: string } } | undefined)?.request?.id === id);
  async function waitForLine(id: string) {
    for (let i = 0; i < 40 && !requestLine(id); i++) await new Promise((r) => setTimeout(r, 50));
    return requestLine(id);
  }

  it('logs one ECS line per request, keeps the load balancer request id, and hides every secret', async () => {
    // A page by its pattern, with the id nginx would send.
    const list = (await (await fetch(`${baseUrl}/api/products?inStock=1&limit=20&sort=price-asc`)).json()) as {
      items: { slug: string }[];
    };
    const slug = list.items[0]?.slug ?? '';
    const page = await fetch(`${baseUrl}/san-pham/${slug}`, { headers: { 'x-request-id': 'lb-req-page-1' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('x-request-id')).toBe('lb-req-page-1');
    const product = (await (await fetch(`${baseUrl}/api/products/${slug}`)).json()) as {
      variants: { id: number; stock: number }[];
    };
    const variant = product.variants.find((v) => v.stock >= 3);
    expect(variant).toBeDefined();

    // Signed in, the account page's line names the user and role.
    const conn = connectTestDatabase(database.url);
    const account = await createAccount(conn.db, 'customer', 'logs');
    await conn.close();
    used.add(account.password);
    const { jar } = await postCredentials(baseUrl, account.email, account.password);
    const session = /authjs\.session-token=([^;]+)/.exec(jar.header())?.[1] ?? '';
    expect(session.length).toBeGreaterThan(20);
    used.add(session);
    const accountPage = await fetch(`${baseUrl}/account`, {
      headers: { cookie: jar.header(), 'x-request-id': 'lb-req-account-1' },
    });
    expect(accountPage.status).toBe(200);

    // Cart and a COD order with a phone number; then the order read back with its access token.
    const add = await fetch(`${baseUrl}/api/cart/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.0.1' },
      body: JSON.stringify({ variantId: variant?.id, quantity: 1 }),
    });
    const cartId = ((await add.json()) as { cartId: string }).cartId;
    used.add(cartId);
    const key = `logs-key-${Date.now()}-secretish`;
    used.add(key);
    const checkout = await fetch(`${baseUrl}/api/checkout`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cart-id': cartId,
        'idempotency-key': key,
        'x-forwarded-for': '10.9.0.1',
        'x-request-id': 'lb-req-checkout-1',
      },
      body: JSON.stringify({
        contact: { name: 'Lê Văn Log', phone: PHONE, email: 'log.le@example.vn' },
        shippingAddress: { provinceCode: '01', wardCode: '00004', street: '7 Tràng Tiền' },
        paymentMethod: 'cod',
      }),
    });
    expect(checkout.status).toBe(201);
    const order = ((await checkout.json()) as { order: { number: string; accessToken: string } }).order;
    used.add(order.accessToken);
    const view = await fetch(`${baseUrl}/api/orders/${order.number}?token=${order.accessToken}`);
    expect(view.status).toBe(200);

    // A VNPay order and the gateway's signed notification.
    const add2 = await fetch(`${baseUrl}/api/cart/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.0.2' },
      body: JSON.stringify({ variantId: variant?.id, quantity: 1 }),
    });
    const cart2 = ((await add2.json()) as { cartId: string }).cartId;
    used.add(cart2);
    const online = await fetch(`${baseUrl}/api/checkout`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cart-id': cart2,
        'idempotency-key': `${key}-vnpay`,
        'x-forwarded-for': '10.9.0.2',
      },
      body: JSON.stringify({
        contact: { name: 'Lê Văn Log', phone: PHONE, email: 'log.le@example.vn' },
        shippingAddress: { provinceCode: '01', wardCode: '00004', street: '7 Tràng Tiền' },
        paymentMethod: 'vnpay',
      }),
    });
    expect(online.status).toBe(201);
    const onlineBody = (await online.json()) as {
      order: { number: string; accessToken: string; total: number };
      payment: { redirectUrl: string };
    };
    used.add(onlineBody.order.accessToken);
    const payUrl = new URL(onlineBody.payment.redirectUrl);
    used.add(payUrl.searchParams.get('vnp_SecureHash') ?? 'missing-hash');
    const params: Record<string, string> = {
      vnp_Amount: payUrl.searchParams.get('vnp_Amount') ?? '',
      vnp_BankCode: 'NCB',
      vnp_OrderInfo: 'Thanh toan',
      vnp_PayDate: '20261203150211',
      vnp_ResponseCode: '00',
      vnp_TmnCode: TMN,
      vnp_TransactionNo: '55500011',
      vnp_TransactionStatus: '00',
      vnp_TxnRef: payUrl.searchParams.get('vnp_TxnRef') ?? '',
    };
    const hash = vnpaySign(params, secrets.VNPAY_HASH_SECRET);
    used.add(hash);
    const ipn = new URLSearchParams({ ...params, vnp_SecureHashType: 'HmacSHA512', vnp_SecureHash: hash });
    const webhook = await fetch(`${baseUrl}/api/webhooks/vnpay?${ipn}`, {
      headers: { 'x-request-id': 'lb-req-ipn-1' },
    });
    expect(((await webhook.json()) as { RspCode: string }).RspCode).toBe('00');

    // The bearer-protected routes.
    const cron = await fetch(`${baseUrl}/api/cron/expire-orders`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secrets.CRON_SECRET}` },
    });
    expect(cron.status).toBe(200);
    const scrape = await fetch(`${baseUrl}/api/metrics`, {
      headers: { authorization: `Bearer ${secrets.METRICS_TOKEN}` },
    });
    expect(scrape.status).toBe(200);
    const text = await scrape.text();

    // Metrics: latency by route pattern and status (never a concrete URL), funnel, revenue, outbox, pools.
    expect(text).toMatch(
      /atl_http_request_duration_seconds_bucket\{[^}]*route="\/san-pham\/\[slug\]"[^}]*status="200"/,
    );
    expect(text).toMatch(
      /atl_http_request_duration_seconds_count\{[^}]*route="\/api\/checkout"[^}]*status="201"[^}]*\} 2/,
    );
    expect(text).not.toContain(`route="/san-pham/${slug}"`);
    expect(text).toMatch(/atl_funnel_total\{step="add_to_cart"\} 2/);
    expect(text).toMatch(/atl_funnel_total\{step="placed"\} 2/);
    expect(text).toMatch(/atl_funnel_total\{step="paid"\} 1/);
    expect(text).toContain(`atl_revenue_vnd_total{payment_method="vnpay"} ${onlineBody.order.total}`);
    expect(text).toMatch(/atl_outbox_backlog \d+/);
    expect(text).toMatch(/atl_outbox_oldest_age_seconds [\d.e+-]+/);
    expect(text).toMatch(/atl_db_pool_connections\{pool="primary",state="in_use"\} \d+/);
    expect(text).toMatch(/atl_db_statement_duration_seconds_count\{pool="primary"\} [1-9]\d*/);
    expect(text).toMatch(/atl_nodejs_eventloop_lag_p99_seconds/);

    // The request lines.
    const pageLine = await waitForLine('lb-req-page-1');
    expect(pageLine).toMatchObject({
      'log.level': 'info',
      'service.name': 'audio-tai-loc',
      http: { request: { id: 'lb-req-page-1', method: 'GET' }, response: { status_code: 200 } },
      labels: { route: '/san-pham/[slug]' },
    });
    expect(pageLine?.['@timestamp']).toEqual(expect.any(String));
    expect(pageLine?.['ecs.version']).toEqual(expect.any(String));
    expect((pageLine?.event as { duration?: number } | undefined)?.duration).toBeGreaterThan(0);
    expect(await waitForLine('lb-req-account-1')).toMatchObject({
      labels: { route: '/account' },
      user: { id: String(account.id), roles: ['customer'] },
    });
    expect(await waitForLine('lb-req-checkout-1')).toMatchObject({
      http: { response: { status_code: 201 } },
      labels: { route: '/api/checkout', order_number: order.number },
    });
    expect(await waitForLine('lb-req-ipn-1')).toMatchObject({
      labels: { route: '/api/webhooks/vnpay', order_number: onlineBody.order.number },
    });
    // Requests without an id get one, and each request is one line.
    const generated = logLines().filter(
      (l) => (l.labels as { route?: string } | undefined)?.route === '/api/orders/[number]',
    );
    expect(generated).toHaveLength(1);
    expect((generated[0]?.http as { request?: { id?: string } } | undefined)?.request?.id).toMatch(/^[0-9a-f-]{36}$/);

    // Not one secret, token, password or full phone number in the whole log.
    const log = output.join('');
    expect(log.length).toBeGreaterThan(1000);
    for (const secret of [...used, PHONE, PHONE_DIGITS]) {
      expect(log.includes(secret), `the log holds a secret: ${secret.slice(0, 6)}…`).toBe(false);
    }
  });
});
