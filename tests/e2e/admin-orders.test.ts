import { and, eq, gte } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { products, variants } from '@/db/schema';
import { upsertAccountWithRole } from '@/lib/auth/staff-accounts';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { readMail } from '../support/mail';
import { connectTestDatabase } from '../support/test-database';

// Staff move an order to shipped and the shopper sees it: a COD order is placed through the real cart and
// checkout API, an admin signs in at /dang-nhap, opens the order, confirms it and hands it to a carrier with
// a tracking number; the shopper's order page then says "Đang giao hàng" with that number, and the shipping
// e-mail reaches the test SMTP sink. Both pages are saved to test-results/ to be looked at.

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
const databaseUrl = inject('databaseUrl');
const canRun = Boolean(baseUrl && databaseUrl) && chromiumAvailable();

const ADMIN = { email: 'quan.tri.e2e@audiotailoc.test', password: 'mat-khau-quan-tri-2026', name: 'Quản trị E2E' };
const SHOPPER = { name: 'Đỗ Thị Giao', phone: '0935 123 456', email: 'giao.hang.e2e@example.vn' };
const TRACKING = `GHN${Date.now().toString().slice(-9)}`;
const CARRIER = 'Giao Hàng Nhanh (GHN)';

async function placeCodOrder(variantId: number): Promise<{ number: string; accessToken: string }> {
  const headers = { 'content-type': 'application/json', 'x-forwarded-for': '10.77.0.5' };
  const added = await fetch(`${baseUrl}/api/cart/items`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ variantId, quantity: 1 }),
  });
  expect(added.ok).toBe(true);
  const { cartId } = (await added.json()) as { cartId: string };
  const placed = await fetch(`${baseUrl}/api/checkout`, {
    method: 'POST',
    headers: { ...headers, 'x-cart-id': cartId, 'idempotency-key': `e2e-admin-${Date.now()}` },
    body: JSON.stringify({
      contact: SHOPPER,
      shippingAddress: { provinceCode: '01', wardCode: '00004', street: '8 Lý Thường Kiệt' },
      paymentMethod: 'cod',
    }),
  });
  expect(placed.status).toBe(201);
  const { order } = (await placed.json()) as { order: { number: string; accessToken: string } };
  return order;
}

async function caughtMails(): Promise<{ to: string[]; subject: string; text: string }[]> {
  if (!mailboxUrl) return [];
  const mails = (await (await fetch(mailboxUrl)).json()) as { to: string[]; raw: string }[];
  return mails.map((m) => ({ to: m.to, ...readMail(m.raw) }));
}

async function signIn(page: Page, callbackPath: string) {
  await page.goto(`${baseUrl}/dang-nhap?callbackUrl=${encodeURIComponent(callbackPath)}`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Mật khẩu').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${baseUrl}${callbackPath}`);
}

describe.skipIf(!canRun)('an admin ships an order and the shopper sees it', () => {
  let browser: Browser;
  let conn: ReturnType<typeof connectTestDatabase>;
  let variantId: number;
  beforeAll(async () => {
    conn = connectTestDatabase(databaseUrl ?? '');
    await upsertAccountWithRole(conn.db, { ...ADMIN, role: 'admin' });
    const [row] = await conn.db
      .select({ id: variants.id })
      .from(variants)
      .innerJoin(products, eq(products.id, variants.productId))
      .where(and(eq(products.published, true), eq(variants.active, true), gte(variants.stock, 3)))
      .orderBy(variants.id)
      .limit(1);
    if (!row) throw new Error('no variant in stock in the seeded catalog');
    variantId = row.id;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await conn?.close();
  });

  async function signedInAdmin(callbackPath: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await signIn(page, callbackPath);
    return page;
  }

  it('signs in, confirms, ships with a tracking number; the order page and the e-mail show it', async () => {
    const order = await placeCodOrder(variantId);

    const admin = await signedInAdmin('/admin/orders');
    // Find it in the list by the shopper's phone, as staff would when the shopper calls.
    await admin.getByLabel('Mã đơn, số điện thoại hoặc email').fill(SHOPPER.phone);
    await admin.getByRole('button', { name: 'Lọc' }).click();
    await admin.waitForURL(/\/admin\/orders\?q=/);
    await admin.getByRole('link', { name: new RegExp(order.number) }).click();
    await admin.waitForURL(`${baseUrl}/admin/orders/${order.number}`);
    await admin.getByRole('heading', { level: 1, name: `Đơn hàng ${order.number}` }).waitFor();
    expect(await admin.getByText('Đã đặt hàng', { exact: true }).first().isVisible()).toBe(true);
    // A placed order offers confirm and cancel, nothing that skips ahead.
    expect(await admin.getByRole('button', { name: 'Xác nhận đã gửi hàng' }).count()).toBe(0);

    await admin.getByRole('button', { name: 'Xác nhận đơn' }).click();
    await admin
      .getByRole('status')
      .filter({ hasText: `Đã xác nhận đơn ${order.number}` })
      .waitFor();

    // Shipping without a tracking number is refused beside the field; nothing changes.
    await admin.getByLabel('Đơn vị vận chuyển').fill(CARRIER);
    await admin.getByRole('button', { name: 'Xác nhận đã gửi hàng' }).click();
    await admin.locator('#ship-tracking-error').waitFor();
    expect(await admin.getByLabel('Mã vận đơn').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByLabel('Đơn vị vận chuyển').inputValue()).toBe(CARRIER);

    await admin.getByLabel('Mã vận đơn').fill(TRACKING);
    await admin.getByRole('button', { name: 'Xác nhận đã gửi hàng' }).click();
    await admin.getByRole('status').filter({ hasText: 'sang Đang giao hàng' }).waitFor();
    await admin.getByTestId('tracking-number').filter({ hasText: TRACKING }).waitFor();
    expect(await admin.getByRole('button', { name: 'Đã giao hàng' }).count()).toBe(1);
    await admin.getByText(`${CARRIER} · mã vận đơn ${TRACKING}`).waitFor(); // in the timeline
    await admin.screenshot({ path: 'test-results/admin-order-shipped.png', fullPage: true });
    await admin.setViewportSize({ width: 390, height: 844 }); // staff on a phone: actions first
    await admin.screenshot({ path: 'test-results/admin-order-shipped-phone.png', fullPage: false });

    const shopper = await phonePage(browser);
    await shopper.goto(`${baseUrl}/don-hang/${order.number}?token=${order.accessToken}`);
    await shopper.getByRole('heading', { level: 1, name: `Đơn hàng ${order.number}` }).waitFor();
    expect(await shopper.locator('strong', { hasText: 'Đang giao hàng' }).count()).toBe(1);
    expect(await shopper.getByTestId('tracking-number').textContent()).toBe(TRACKING);
    expect(await shopper.getByText(CARRIER).count()).toBeGreaterThan(0);
    const timeline = shopper.getByRole('region', { name: 'Tình trạng đơn hàng' });
    expect(await timeline.getByText('Đang xử lý').count()).toBe(1);
    await shopper.screenshot({ path: 'test-results/shopper-order-shipped.png', fullPage: true });

    if (mailboxUrl) {
      const subject = `Đơn hàng ${order.number} đang được giao – Audio Tài Lộc`;
      let shipped: Awaited<ReturnType<typeof caughtMails>> = [];
      for (let i = 0; i < 60 && shipped.length === 0; i++) {
        shipped = (await caughtMails()).filter((m) => m.subject === subject);
        if (shipped.length === 0) await new Promise((r) => setTimeout(r, 250));
      }
      await new Promise((r) => setTimeout(r, 1000)); // a duplicate would have arrived by now
      shipped = (await caughtMails()).filter((m) => m.subject === subject);
      expect(shipped).toHaveLength(1);
      expect(shipped[0]?.to).toEqual([SHOPPER.email]);
      expect(shipped[0]?.text).toContain(`Mã vận đơn: ${TRACKING}`);
      expect(shipped[0]?.text).toContain(`Đơn vị vận chuyển: ${CARRIER}`);
      expect(shipped[0]?.text).toContain(`/don-hang/${order.number}?token=${order.accessToken}`);
    }
  });

  it('receives stock for a variant from the dashboard link and sees it in the ledger', async () => {
    const before = await conn.db.select({ stock: variants.stock }).from(variants).where(eq(variants.id, variantId));
    const stock = before[0]?.stock ?? 0;
    const admin = await signedInAdmin(`/admin/stock?variant=${variantId}`);
    const panel = admin.getByTestId('stock-adjust-panel');
    await panel.waitFor();
    expect(await panel.getByTestId('variant-stock').textContent()).toBe(String(stock));
    await panel.getByLabel('Nhập hàng').check();
    await panel.getByLabel('Số lượng cộng thêm').fill('7');
    await panel.getByLabel(/Ghi chú/).fill('Phiếu nhập PN-E2E');
    await panel.getByRole('button', { name: 'Lưu điều chỉnh' }).click();
    await panel
      .getByRole('status')
      .filter({ hasText: `${stock} → ${stock + 7} (+7)` })
      .waitFor();
    await panel
      .getByTestId('variant-stock')
      .filter({ hasText: String(stock + 7) })
      .waitFor();

    await panel.getByRole('link', { name: 'Xem sổ kho của mẫu này' }).click();
    await admin.waitForURL(`${baseUrl}/admin/stock/${variantId}`);
    const newest = admin.getByRole('row').nth(1);
    expect(await newest.textContent()).toContain('Nhập hàng');
    expect(await newest.textContent()).toContain('+7');
    expect(await newest.textContent()).toContain('Phiếu nhập PN-E2E');
    expect(await newest.textContent()).toContain(ADMIN.email);
    await admin.screenshot({ path: 'test-results/admin-stock-ledger.png', fullPage: true });
  });
});
