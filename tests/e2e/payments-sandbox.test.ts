import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { orders, payments, webhookEvents } from '@/db/schema';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { type DevServer, startDevServer, warm } from '../support/dev-server';
import { connectTestDatabase } from '../support/test-database';

// Paying online through each gateway's local simulator, in Chromium: checkout -> the simulator (which sends
// the gateway's own signed notification to our webhook) -> our return page, which shows the order as paid
// once the webhook has been applied. The simulators exist only in development, so this file runs its own
// `next dev` (tests/support/dev-server.ts), warmed over HTTP before the browser starts so that nothing
// compiles, and no page reloads, under the browser.

const canRun = Boolean(inject('baseUrl')) && chromiumAvailable();

const PRODUCT = 'loa-bluetooth-jbl-charge-5';
const HANOI = '01';
const BA_DINH = '00004';
const STEP = { timeout: 60_000 };

const GATEWAYS = {
  payos: { label: /VietQR \(PayOS\)/, simulator: 'PayOS (VietQR)' },
  vnpay: { label: /qua VNPay/, simulator: 'VNPay' },
  momo: { label: /Ví MoMo/, simulator: 'Ví MoMo' },
} as const;
type Gateway = keyof typeof GATEWAYS;

describe.skipIf(!canRun)('online payment through the local simulators (next dev)', () => {
  let dev: DevServer;
  let conn: ReturnType<typeof connectTestDatabase>;
  let browser: Browser;
  let warmedAt = 0;

  beforeAll(async () => {
    const started = Date.now();
    dev = await startDevServer({ name: 'sandbox' });
    conn = connectTestDatabase(dev.database.url);
    await warm(dev.baseUrl, [
      { path: '/', expect: [200] },
      { path: `/san-pham/${PRODUCT}`, expect: [200] },
      { path: '/api/cart', expect: [200] },
      { path: '/gio-hang', expect: [200] },
      { path: '/thanh-toan', expect: [200] },
      { path: `/api/address/wards?province=${HANOI}`, expect: [200] },
      ...(['payos', 'vnpay', 'momo'] as const).map((g) => ({ path: `/sandbox/${g}`, expect: [200] })),
      { path: '/api/webhooks/payos', method: 'POST', body: '{}', expect: [400] },
      { path: '/api/webhooks/vnpay', expect: [200] },
      { path: '/api/webhooks/momo', method: 'POST', body: '{}', expect: [400] },
      { path: '/thanh-toan/ket-qua/payos/ATL-000001/not-a-token', expect: [404] },
      { path: '/don-hang/ATL-000001?token=not-a-token', expect: [404] },
    ]);
    warmedAt = dev.mark();
    browser = await launchBrowser();
    console.info(`[payments-sandbox] next dev started and warmed in ${Math.round((Date.now() - started) / 1000)} s`);
  });

  afterAll(async () => {
    await browser?.close();
    await conn?.close();
    if (dev) {
      const late = dev.compilationsSince(warmedAt);
      if (late.length > 0) console.warn(`[payments-sandbox] compiled during the browser flow:\n${late.join('\n')}`);
      await dev.stop();
    }
  });

  async function checkout(page: Page, gateway: Gateway) {
    await page.goto(`${dev.baseUrl}/san-pham/${PRODUCT}`);
    await page.getByRole('button', { name: 'Thêm vào giỏ' }).click(STEP);
    const dialog = page.getByRole('dialog', { name: /Giỏ hàng/ });
    await dialog.waitFor(STEP);
    await dialog.getByRole('link', { name: 'Thanh toán' }).click(STEP);
    await page.waitForURL(/\/thanh-toan$/, STEP);
    await page.getByLabel('Họ và tên').fill('Đỗ Minh Khoa', STEP);
    await page.getByLabel('Số điện thoại').fill('0903 123 456');
    await page.getByLabel('Email').fill('khoa.do@example.vn');
    await page.getByLabel('Tỉnh/thành phố').selectOption(HANOI);
    await page
      .locator(`#f-shippingAddress-wardCode option[value="${BA_DINH}"]`)
      .waitFor({ state: 'attached', ...STEP });
    await page.getByLabel('Phường/xã').selectOption(BA_DINH);
    await page.getByLabel('Số nhà, tên đường').fill('3 Hàng Khay');
    await page.getByLabel(GATEWAYS[gateway].label).check();
    await page.getByRole('button', { name: 'Đặt hàng' }).click();
    await page.waitForURL(new RegExp(`/sandbox/${gateway}\\?`), STEP);
    await page.getByRole('heading', { name: GATEWAYS[gateway].simulator, level: 1 }).waitFor(STEP);
  }

  /** On the simulator: press Pay or Cancel and land on our return page; answers the order number. */
  async function finishOnSimulator(page: Page, gateway: Gateway, button: 'Thanh toán' | 'Hủy giao dịch') {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.waitForURL(new RegExp(`/thanh-toan/ket-qua/${gateway}/ATL-\\d+/`), STEP);
    await page.getByRole('heading', { name: 'Kết quả thanh toán', level: 1 }).waitFor(STEP);
    const number = /\/(ATL-\d+)\//.exec(page.url())?.[1];
    if (!number) throw new Error(`no order number in ${page.url()}`);
    return number;
  }

  async function orderRecord(number: string) {
    const [order] = await conn.db
      .select({ id: orders.id, status: orders.status, paymentMethod: orders.paymentMethod })
      .from(orders)
      .where(eq(orders.number, number));
    if (!order) throw new Error(`order ${number} not found`);
    const attempts = await conn.db
      .select({ gateway: payments.gateway, status: payments.status, sandbox: payments.sandbox })
      .from(payments)
      .where(eq(payments.orderId, order.id))
      .orderBy(payments.id);
    const events = await conn.db
      .select({ gateway: webhookEvents.gateway, outcome: webhookEvents.outcome })
      .from(webhookEvents)
      .where(eq(webhookEvents.orderId, order.id))
      .orderBy(webhookEvents.id);
    return { ...order, attempts, events };
  }

  it.each(Object.keys(GATEWAYS) as Gateway[])(
    '%s: pays an order on the simulator and sees it paid',
    async (gateway) => {
      const page = await phonePage(browser);
      try {
        await checkout(page, gateway);
        const number = await finishOnSimulator(page, gateway, 'Thanh toán');
        // The page shows the stored state (reloading itself until the notification has been applied).
        await page.getByText('Thanh toán thành công', { exact: true }).waitFor(STEP);
        await page.locator('dd', { hasText: 'Đã thanh toán' }).waitFor(STEP);
        await page.screenshot({ path: `test-results/payment-sandbox-${gateway}-paid.png`, fullPage: true });

        const record = await orderRecord(number);
        expect(record).toMatchObject({ status: 'paid', paymentMethod: gateway });
        expect(record.attempts).toEqual([{ gateway, status: 'succeeded', sandbox: true }]);
        expect(record.events).toEqual([{ gateway, outcome: 'paid' }]);
      } finally {
        await page.context().close();
      }
    },
    240_000,
  );
});
