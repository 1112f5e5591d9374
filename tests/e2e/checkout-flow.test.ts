import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';

// A guest on a phone buys two products: add both to the cart, change a quantity in the drawer, check out with a
// mistyped phone number (the error shows beside the field and nothing typed is lost), fix it, place a COD order
// and land on the order page. The confirmation is saved to test-results/ to be looked at.

const baseUrl = inject('baseUrl');
const canRun = Boolean(baseUrl) && chromiumAvailable();

// Two in-stock products of the demo seed.
const FIRST = 'loa-bluetooth-jbl-charge-5';
const SECOND = 'loa-bluetooth-jbl-go-4';
const HANOI = '01';
const BA_DINH = '00004';

const cartDialog = (page: Page) => page.getByRole('dialog', { name: /Giỏ hàng/ });

async function waitForBadge(page: Page, count: number) {
  await page.locator(`header a[aria-label="Giỏ hàng, ${count} sản phẩm"]`).waitFor();
}

async function addToCart(page: Page, slug: string) {
  await page.goto(`${baseUrl}/san-pham/${slug}`);
  await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
  await cartDialog(page).waitFor();
}

/** Every named field of the checkout form with what it holds (checkboxes and radios as checked or not). */
function formFields(page: Page) {
  return page.evaluate(() => {
    const fields = document.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
      'main form input, main form select, main form textarea',
    );
    const out: Record<string, string | boolean> = {};
    for (const f of fields) {
      if (!f.name || f.type === 'hidden') continue;
      out[f.name] =
        f instanceof HTMLInputElement && (f.type === 'checkbox' || f.type === 'radio') ? f.checked : f.value;
    }
    return out;
  });
}

describe.skipIf(!canRun)('checking out as a guest in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('adds two products, changes a quantity, fixes a field error and places a COD order', async () => {
    const page = await phonePage(browser);

    await addToCart(page, FIRST);
    await waitForBadge(page, 1);
    await page.keyboard.press('Escape');
    await cartDialog(page).waitFor({ state: 'hidden' });

    await addToCart(page, SECOND);
    await waitForBadge(page, 2);
    const dialog = cartDialog(page);
    expect(await dialog.getByRole('listitem').count()).toBe(2);
    const secondLine = dialog.getByRole('group', { name: /JBL Go 4/ });
    await secondLine.getByRole('button', { name: 'Tăng số lượng' }).click();
    await waitForBadge(page, 3);
    expect(await secondLine.getByRole('spinbutton').inputValue()).toBe('2');

    await dialog.getByRole('link', { name: 'Thanh toán' }).click();
    await page.waitForURL(/\/thanh-toan$/);
    await page.getByRole('heading', { name: 'Thanh toán', level: 1 }).waitFor();

    await page.getByLabel('Họ và tên').fill('Nguyễn Văn Thử');
    await page.getByLabel('Số điện thoại').fill('12345');
    await page.getByLabel('Email').fill('khach.thu@example.com');
    await page.getByLabel('Tỉnh/thành phố').selectOption(HANOI);
    await page.locator(`#f-shippingAddress-wardCode option[value="${BA_DINH}"]`).waitFor({ state: 'attached' });
    await page.getByLabel('Phường/xã').selectOption(BA_DINH);
    await page.getByLabel('Số nhà, tên đường').fill('12 Tràng Tiền');
    await page.getByLabel(/Ghi chú/).fill('Gọi trước khi giao');
    await page.getByLabel(/Thanh toán khi nhận hàng \(COD\)/).check();
    // The consent links the terms and the privacy policy in force (the footer links them too: look in the form).
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Đặt hàng' }) });
    expect(await form.getByRole('link', { name: 'Điều khoản sử dụng' }).getAttribute('href')).toBe(
      '/chinh-sach/dieu-khoan-su-dung',
    );
    expect(await form.getByRole('link', { name: /Bảo mật thông tin/i }).getAttribute('href')).toBe(
      '/chinh-sach/bao-mat-thong-tin',
    );
    await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
    const typed = await formFields(page);

    await page.getByRole('button', { name: 'Đặt hàng' }).click();
    const phoneError = page.locator('#f-contact-phone-error');
    await phoneError.waitFor();
    expect(await phoneError.textContent()).toContain('Số điện thoại di động không hợp lệ');
    const phone = page.getByLabel('Số điện thoại');
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    expect(await phone.getAttribute('aria-describedby')).toContain('f-contact-phone-error');
    expect(await page.getByRole('alert').filter({ hasText: 'Vui lòng kiểm tra lại' }).count()).toBe(1);
    expect(await formFields(page)).toEqual(typed);
    await page.screenshot({ path: 'test-results/checkout-field-error.png', fullPage: false });

    await phone.fill('0912 345 678');
    await page.getByRole('button', { name: 'Đặt hàng' }).click();
    await page.waitForURL(/\/don-hang\/ATL-\d+\?token=[\w-]+&moi=1/);
    const orderNumber = /\/don-hang\/(ATL-\d+)/.exec(page.url())?.[1];
    expect(orderNumber).toBeDefined();

    await page.getByText(`Đặt hàng thành công! Mã đơn hàng ${orderNumber}`).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Đơn hàng ${orderNumber}`);
    expect(await page.locator('strong', { hasText: 'Đã đặt hàng' }).count()).toBe(1);
    expect(await page.getByText('Thanh toán khi nhận hàng (COD)').count()).toBe(1);
    expect(await page.getByText('12 Tràng Tiền, Phường Ba Đình, Thành phố Hà Nội').count()).toBe(1);
    await waitForBadge(page, 0); // the server emptied the cart; the badge follows
    await page.screenshot({ path: 'test-results/checkout-confirmation.png', fullPage: true });

    // The link is the only key: without its token the order does not exist.
    const res = await page.goto(`${baseUrl}/don-hang/${orderNumber}`);
    expect(res?.status()).toBe(404);
  });
});
