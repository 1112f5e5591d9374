import { writeFile } from 'node:fs/promises';
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inventoryLedger, orders, payments, variants, webhookEvents } from '@/db/schema';
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

const SIMULATED_GATEWAYS = {
  payos: { label: /VietQR \(PayOS\)/, simulator: 'PayOS (VietQR)' },
  vnpay: { label: /qua VNPay/, simulator: 'VNPay' },
  momo: { label: /Ví MoMo/, simulator: 'Ví MoMo' },
} as const;
type Gateway = keyof typeof SIMULATED_GATEWAYS;

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
    await page.getByLabel(SIMULATED_GATEWAYS[gateway].label).check();
    await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
    await page.getByRole('button', { name: 'Đặt hàng' }).click();
    await page.waitForURL(new RegExp(`/sandbox/${gateway}\\?`), STEP);
    await page.getByRole('heading', { name: SIMULATED_GATEWAYS[gateway].simulator, level: 1 }).waitFor(STEP);
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
    const ledger = await conn.db
      .select({ variantId: inventoryLedger.variantId, reason: inventoryLedger.reason, delta: inventoryLedger.delta })
      .from(inventoryLedger)
      .where(eq(inventoryLedger.orderId, order.id))
      .orderBy(inventoryLedger.id);
    return { ...order, attempts, events, ledger };
  }

  async function stockOf(variantId: number | undefined) {
    const [row] = await conn.db
      .select({ stock: variants.stock })
      .from(variants)
      .where(eq(variants.id, variantId ?? 0));
    return row?.stock;
  }

  /**
   * Runs a flow on a fresh phone page whose every wait is generous (the machine is shared and slow at
   * times). When it fails, what the page showed, its HTML and its console go to test-results/.
   */
  async function inBrowser(name: string, flow: (page: Page) => Promise<void>) {
    const page = await phonePage(browser);
    page.setDefaultTimeout(STEP.timeout);
    page.setDefaultNavigationTimeout(STEP.timeout);
    const log: string[] = [];
    page.on('console', (m) => log.push(`[${m.type()}] ${m.text()}`));
    page.on('pageerror', (e) => log.push(`[pageerror] ${e.message}`));
    page.on('framenavigated', (f) => f === page.mainFrame() && log.push(`[navigated] ${f.url()}`));
    try {
      await flow(page);
    } catch (err) {
      const base = `test-results/payment-sandbox-${name}-failure`;
      await page.screenshot({ path: `${base}.png`, fullPage: true }).catch(() => undefined);
      await writeFile(`${base}.html`, await page.content().catch(() => '')).catch(() => undefined);
      await writeFile(`${base}.console.txt`, `${page.url()}\n${log.join('\n')}\n`).catch(() => undefined);
      throw err;
    } finally {
      await page.context().close();
    }
  }

  it.each(Object.keys(SIMULATED_GATEWAYS) as Gateway[])(
    '%s: pays an order on the simulator and sees it paid',
    (gateway) =>
      inBrowser(gateway, async (page) => {
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
      }),
    240_000,
  );

  it(
    'Cancel on the VNPay simulator cancels the order and gives its stock back',
    () =>
      inBrowser('vnpay-cancel', async (page) => {
        await checkout(page, 'vnpay');
        const number = await finishOnSimulator(page, 'vnpay', 'Hủy giao dịch');
        await page.getByText('Thanh toán không thành công', { exact: true }).waitFor();
        await page.locator('dd', { hasText: 'Đã hủy' }).waitFor();
        // An ended order offers no payment.
        expect(await page.getByRole('button', { name: 'Tiếp tục thanh toán' }).count()).toBe(0);

        const record = await orderRecord(number);
        expect(record).toMatchObject({ status: 'cancelled', paymentMethod: 'vnpay' });
        expect(record.attempts).toEqual([{ gateway: 'vnpay', status: 'cancelled', sandbox: true }]);
        expect(record.events).toEqual([{ gateway: 'vnpay', outcome: 'cancelled' }]);
        const variantId = record.ledger[0]?.variantId;
        expect(record.ledger).toEqual([
          { variantId, reason: 'order_placed', delta: -1 },
          { variantId, reason: 'order_cancelled', delta: 1 },
        ]);
        const [placed] = await conn.db
          .select({ stockAfter: inventoryLedger.stockAfter })
          .from(inventoryLedger)
          .where(eq(inventoryLedger.orderId, record.id))
          .orderBy(inventoryLedger.id)
          .limit(1);
        expect(await stockOf(variantId)).toBe((placed?.stockAfter ?? Number.NaN) + 1);
      }),
    240_000,
  );

  it(
    'Cancel on PayOS keeps the order waiting; "Tiếp tục thanh toán" on the return page pays it with MoMo',
    () =>
      inBrowser('payos-cancel-continue', async (page) => {
        await checkout(page, 'payos');
        const number = await finishOnSimulator(page, 'payos', 'Hủy giao dịch');
        await page.getByText('Bạn đã hủy thanh toán trên PayOS', { exact: true }).waitFor();
        await page.locator('dd', { hasText: 'Chờ thanh toán' }).waitFor();
        const before = await orderRecord(number);
        expect(before).toMatchObject({ status: 'pending_payment', paymentMethod: 'payos' });
        expect(before.ledger.map((l) => l.reason)).toEqual(['order_placed']); // still reserved

        const form = page.getByRole('region', { name: 'Tiếp tục thanh toán' });
        await page.screenshot({ path: 'test-results/payment-sandbox-payos-cancelled.png', fullPage: true });
        await form.getByLabel(/Ví MoMo/).check();
        await form.getByRole('button', { name: 'Tiếp tục thanh toán' }).click();
        await page.waitForURL(/\/sandbox\/momo\?/);
        await page.getByRole('heading', { name: 'Ví MoMo', level: 1 }).waitFor();
        expect(await finishOnSimulator(page, 'momo', 'Thanh toán')).toBe(number);
        await page.getByText('Thanh toán thành công', { exact: true }).waitFor();
        await page.screenshot({ path: 'test-results/payment-sandbox-continue-momo-paid.png', fullPage: true });

        const after = await orderRecord(number);
        expect(after).toMatchObject({ status: 'paid', paymentMethod: 'momo' });
        expect(after.attempts).toEqual([
          { gateway: 'payos', status: 'cancelled', sandbox: true },
          { gateway: 'momo', status: 'succeeded', sandbox: true },
        ]);
        expect(after.events).toEqual([{ gateway: 'momo', outcome: 'paid' }]);
        expect(after.ledger.map((l) => l.reason)).toEqual(['order_placed']);
      }),
    240_000,
  );

  it(
    '"Tiếp tục thanh toán" on the order page refuses bad input unchanged, then switches the order to COD',
    () =>
      inBrowser('order-page-cod', async (page) => {
        await checkout(page, 'vnpay');
        // The shopper leaves VNPay without paying and opens the order from its link (the return URL's token).
        const returnUrl = new URL(new URL(page.url()).searchParams.get('vnp_ReturnUrl') ?? '');
        const [, , , , number, token] = returnUrl.pathname.split('/');
        if (!number || !token) throw new Error(`unexpected return URL ${returnUrl}`);
        const orderUrl = `${dev.baseUrl}/don-hang/${number}?token=${token}`;
        const unchanged = await orderRecord(number);
        expect(unchanged).toMatchObject({ status: 'pending_payment', paymentMethod: 'vnpay' });

        const form = page.getByRole('region', { name: 'Tiếp tục thanh toán' });
        const submit = form.getByRole('button', { name: 'Tiếp tục thanh toán' });
        const alert = form.getByRole('alert');

        // A method the shop does not know (a tampered form).
        await page.goto(orderUrl);
        await form.waitFor();
        await form.locator('input[name="paymentMethod"][value="cod"]').evaluate((el: HTMLInputElement) => {
          el.value = 'bitcoin';
          el.checked = true;
        });
        await submit.click();
        await alert.getByText('Vui lòng chọn phương thức thanh toán').waitFor();
        await page.screenshot({ path: 'test-results/payment-sandbox-continue-refused.png', fullPage: true });
        expect(await orderRecord(number)).toEqual(unchanged);

        // Someone else's order number under this token.
        await page.goto(orderUrl);
        await form.waitFor();
        await form.locator('input[name="number"]').evaluate((el: HTMLInputElement) => {
          el.value = 'ATL-999999';
        });
        await form.getByLabel(/Thanh toán khi nhận hàng/).check();
        await submit.click();
        await alert.getByText('Không tìm thấy đơn hàng.').waitFor();
        expect(await orderRecord(number)).toEqual(unchanged);

        await page.goto(orderUrl);
        await form.getByLabel(/Thanh toán khi nhận hàng/).check();
        await submit.click();
        await page.getByText('Đơn hàng đã chuyển sang thanh toán khi nhận hàng.', { exact: false }).waitFor();
        await page.locator('strong', { hasText: 'Đã đặt hàng' }).waitFor();
        expect(await form.count()).toBe(0);
        await page.screenshot({ path: 'test-results/payment-sandbox-switched-to-cod.png', fullPage: true });

        const switched = await orderRecord(number);
        expect(switched).toMatchObject({ status: 'placed', paymentMethod: 'cod' });
        expect(switched.attempts).toEqual([{ gateway: 'vnpay', status: 'cancelled', sandbox: true }]);
        expect(switched.events).toEqual([]);
        expect(switched.ledger.map((l) => l.reason)).toEqual(['order_placed']); // the goods stay reserved for it
      }),
    240_000,
  );
});
