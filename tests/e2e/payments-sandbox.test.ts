import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { TEST_REDIS_URL } from '../support/services';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

// Paying online through each gateway's local simulator, in Chromium: checkout -> the simulator (which
// sends the gateway's own signed notification to our webhook) -> our return page, which shows the order
// as paid once the webhook has been applied. The simulators exist only in development, so this file
// runs its own `next dev` (the rest of the e2e project runs against the production build).

const canRun = Boolean(inject('baseUrl')) && chromiumAvailable();
const PRODUCT = 'loa-bluetooth-jbl-charge-5';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

describe.skipIf(!canRun)('online payment through the local simulators', () => {
  let browser: Browser;
  let database: TestDatabase;
  let dev: ChildProcess | undefined;
  let mailDir: string;
  let baseUrl = '';

  beforeAll(async () => {
    database = await createTestDatabase('atl_sandbox', { seed: true });
    mailDir = await mkdtemp(path.join(tmpdir(), 'atl-mail-'));
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    dev = spawn('npx', ['next', 'dev', '-p', String(port), '-H', '127.0.0.1'], {
      env: {
        ...process.env,
        NODE_ENV: 'development',
        DATABASE_URL: database.url,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_KEY_PREFIX: `atl-sandbox-${process.pid}-${Date.now()}:`,
        PAYMENT_SANDBOX: 'true',
        SITE_URL: baseUrl,
        MAIL_DIR: mailDir,
        LOG_LEVEL: 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
      detached: true,
    });
    for (let i = 0; i < 240; i++) {
      try {
        if ((await fetch(`${baseUrl}/api/health`)).ok) break;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    if (dev?.pid) {
      try {
        process.kill(-dev.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    await database?.drop();
    await rm(mailDir, { recursive: true, force: true });
  });

  async function checkout(page: Page, methodLabel: RegExp) {
    await page.goto(`${baseUrl}/san-pham/${PRODUCT}`);
    await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
    await page
      .getByRole('dialog', { name: /Giỏ hàng/ })
      .getByRole('link', { name: 'Thanh toán' })
      .click();
    await page.waitForURL(/\/thanh-toan$/);
    await page.getByLabel('Họ và tên').fill('Đỗ Minh Khoa');
    await page.getByLabel('Số điện thoại').fill('0903 123 456');
    await page.getByLabel('Email').fill('khoa.do@example.vn');
    await page.getByLabel('Tỉnh/thành phố').selectOption('01');
    await page.locator('#f-shippingAddress-wardCode option[value="00004"]').waitFor({ state: 'attached' });
    await page.getByLabel('Phường/xã').selectOption('00004');
    await page.getByLabel('Số nhà, tên đường').fill('3 Hàng Khay');
    await page.getByLabel(methodLabel).check();
    await page.getByRole('button', { name: 'Đặt hàng' }).click();
  }

  it.each([
    ['payos', /VietQR \(PayOS\)/],
    ['vnpay', /VNPay/],
    ['momo', /Ví MoMo/],
  ])('pays an order through the %s simulator and sees it paid', async (gateway, label) => {
    const page = await phonePage(browser);
    await checkout(page, label);
    await page.waitForURL(new RegExp(`/sandbox/${gateway}`), { timeout: 90_000 });
    await page.getByRole('button', { name: 'Thanh toán', exact: true }).click();
    await page.waitForURL(new RegExp(`/thanh-toan/ket-qua/${gateway}/ATL-\\d+/`), { timeout: 90_000 });
    // The page shows the stored state and reloads itself until the webhook has been applied.
    await page.locator('dd', { hasText: 'Đã thanh toán' }).waitFor({ timeout: 60_000 });
    await page.screenshot({ path: `test-results/payment-${gateway}-paid.png`, fullPage: true });
    const number = /\/(ATL-\d+)\//.exec(page.url())?.[1];
    expect(number).toBeDefined();
  });
});
