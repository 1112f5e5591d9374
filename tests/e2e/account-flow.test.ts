import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount, type TestAccount } from '../support/accounts';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { connectTestDatabase } from '../support/test-database';

// A shopper on a phone: puts a speaker in the cart as a guest, signs up (the cart comes along), signs out, adds a
// second product as a guest and signs in again (the guest cart merges into the account's), saves an address, checks
// out with cash on delivery from the prefilled form, finds the order with its timeline under /account/orders and
// buys it again. Then an admin finds the shopper in /admin/customers and invites a staff member in /admin/staff.
// Screenshots go to test-results/.

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const canRun = Boolean(baseUrl) && chromiumAvailable();

const FIRST = { slug: 'loa-bluetooth-jbl-charge-5', name: /JBL Charge 5/ };
const SECOND = { slug: 'loa-bluetooth-jbl-go-4', name: /JBL Go 4/ };
const HANOI = '01';
const BA_DINH = '00004';

const cartDialog = (page: Page) => page.getByRole('dialog', { name: /Giỏ hàng/ });
const waitForBadge = (page: Page, count: number) =>
  page.locator(`header a[aria-label="Giỏ hàng, ${count} sản phẩm"]`).waitFor();

async function addToCart(page: Page, slug: string) {
  await page.goto(`${baseUrl}/san-pham/${slug}`);
  await page.getByRole('button', { name: 'Thêm vào giỏ' }).click();
  await cartDialog(page).waitFor();
  await page.keyboard.press('Escape');
  await cartDialog(page).waitFor({ state: 'hidden' });
}

async function signIn(page: Page, email: string, password: string, then: RegExp) {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL(then);
}

describe.skipIf(!canRun)('the account area in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  const stamp = Date.now().toString(36);
  const email = `khach.${stamp}@example.vn`;
  const password = 'mat-khau-rat-dai-2026';

  it('signs up with a guest cart, merges a second one, checks out prefilled, sees the order and buys it again', async () => {
    const page = await phonePage(browser);

    // A guest cart before the account exists.
    await addToCart(page, FIRST.slug);
    await waitForBadge(page, 1);

    await page.goto(`${baseUrl}/dang-ky`);
    await page.getByLabel('Họ và tên').fill('Hoàng Thị Thu');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
    await page.getByLabel('Nhập lại mật khẩu').fill(password);
    await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    // One answer for a new and a taken e-mail, so no automatic sign-in: the shopper signs in.
    await page.getByText('Chúng tôi đã gửi email tới địa chỉ bạn nhập.', { exact: false }).waitFor();
    await signIn(page, email, password, /\/account$/);
    await page.getByRole('heading', { name: 'Email chưa được xác minh' }).waitFor();
    await waitForBadge(page, 1); // the guest cart became the account's

    // Signed out the cart is gone from this browser; a new guest cart merges in at the next sign-in.
    await page.getByRole('navigation', { name: 'Tài khoản' }).getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${baseUrl}/`);
    await waitForBadge(page, 0);
    await addToCart(page, SECOND.slug);
    await waitForBadge(page, 1);
    await signIn(page, email, password, /\/account$/);
    await waitForBadge(page, 2);
    await page.goto(`${baseUrl}/gio-hang`);
    await page.getByRole('group', { name: FIRST.name }).waitFor();
    await page.getByRole('group', { name: SECOND.name }).waitFor();

    // An address for the book: the checkout's ward picker, a mistake first.
    await page.goto(`${baseUrl}/account/addresses`);
    await page.getByText('Bạn chưa lưu địa chỉ nào.').waitFor();
    await page.getByRole('link', { name: 'Thêm địa chỉ' }).click();
    await page.waitForURL(/\/account\/addresses\/new$/);
    await page.getByLabel('Họ tên người nhận').fill('Hoàng Thị Thu');
    await page.getByLabel('Số điện thoại').fill('0912');
    await page.getByLabel('Tỉnh/thành phố').selectOption(HANOI);
    await page.locator(`#f-shippingAddress-wardCode option[value="${BA_DINH}"]`).waitFor({ state: 'attached' });
    await page.getByLabel('Phường/xã').selectOption(BA_DINH);
    await page.getByLabel('Số nhà, tên đường').fill('25 Hàng Bài');
    await page.getByRole('button', { name: 'Lưu địa chỉ' }).click();
    await page.locator('#f-phone-error').waitFor();
    expect(await page.locator('#f-phone-error').textContent()).toContain('Số điện thoại di động không hợp lệ');
    expect(await page.getByLabel('Phường/xã').inputValue()).toBe(BA_DINH); // nothing typed is lost
    await page.getByLabel('Số điện thoại').fill('0912 345 678');
    await page.getByRole('button', { name: 'Lưu địa chỉ' }).click();
    await page.waitForURL(/\/account\/addresses$/);
    const saved = page.getByRole('listitem', { name: /Hoàng Thị Thu, 25 Hàng Bài \(mặc định\)/ });
    await saved.waitFor();
    expect(await saved.textContent()).toContain('25 Hàng Bài, Phường Ba Đình, Thành phố Hà Nội');
    await page.screenshot({ path: 'test-results/account-addresses.png', fullPage: false });

    // Checkout starts filled in from the account and its default address.
    await page.goto(`${baseUrl}/thanh-toan`);
    await page.getByRole('heading', { name: 'Thanh toán', level: 1 }).waitFor();
    await page.waitForFunction(
      (ward) => (document.querySelector('#f-shippingAddress-wardCode') as HTMLSelectElement | null)?.value === ward,
      BA_DINH,
    );
    expect(await page.getByLabel('Họ và tên').inputValue()).toBe('Hoàng Thị Thu');
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe('0912345678');
    expect(await page.getByLabel('Email').inputValue()).toBe(email);
    expect(await page.getByLabel('Tỉnh/thành phố').inputValue()).toBe(HANOI);
    expect(await page.getByLabel('Số nhà, tên đường').inputValue()).toBe('25 Hàng Bài');
    await page.getByLabel(/Thanh toán khi nhận hàng \(COD\)/).check();
    await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
    await page.getByRole('button', { name: 'Đặt hàng' }).click();
    await page.waitForURL(/\/don-hang\/ATL-\d+\?token=/);
    const orderNumber = /\/don-hang\/(ATL-\d+)/.exec(page.url())?.[1] ?? '';
    expect(orderNumber).toMatch(/^ATL-\d+$/);
    await waitForBadge(page, 0);

    // The order is in the history (placed while signed in, so even before the e-mail is verified).
    await page.goto(`${baseUrl}/account/orders`);
    await page.getByRole('link', { name: new RegExp(orderNumber) }).click();
    await page.waitForURL(new RegExp(`/account/orders/${orderNumber}$`));
    await page.getByRole('heading', { name: `Đơn hàng ${orderNumber}`, level: 1 }).waitFor();
    const timeline = page.getByRole('region', { name: 'Tình trạng đơn hàng' });
    expect(await timeline.getByText('(trạng thái hiện tại)').count()).toBe(1);
    expect(await timeline.textContent()).toContain('Đã đặt hàng');
    expect(await timeline.textContent()).toContain('Hoàn tất'); // still to come
    expect(await page.getByText('25 Hàng Bài, Phường Ba Đình, Thành phố Hà Nội').count()).toBe(1);
    await page.screenshot({ path: 'test-results/account-order.png', fullPage: true });

    // Somebody else's (or a made-up) number does not exist for this account.
    expect((await page.request.get(`${baseUrl}/account/orders/ATL-999999`)).status()).toBe(404);

    // "Mua lại": both products back in the cart, and the cart page says so.
    await page.getByRole('button', { name: 'Mua lại' }).click();
    await page.waitForURL(/\/gio-hang$/);
    await page.locator('main').getByText(`Đã thêm 2 sản phẩm của đơn ${orderNumber} vào giỏ hàng.`).waitFor();
    await page.getByRole('group', { name: FIRST.name }).waitFor();
    await page.getByRole('group', { name: SECOND.name }).waitFor();
    await waitForBadge(page, 2);
    await page.screenshot({ path: 'test-results/account-reorder-cart.png', fullPage: false });
    await page.context().close();
  });

  it.skipIf(!databaseUrl)('lets an admin find the customer and invite a staff member', async () => {
    const conn = connectTestDatabase(databaseUrl ?? '');
    let admin: TestAccount;
    try {
      admin = await createAccount(conn.db, 'admin', `quan-tri-${stamp}`);
    } finally {
      await conn.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await signIn(page, admin.email, admin.password, /\/account$/);

    await page.goto(`${baseUrl}/admin/customers?q=${encodeURIComponent('hoang thi thu')}`);
    const row = page.getByRole('row', { name: /Hoàng Thị Thu/ });
    await row.waitFor();
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells[2]).toBe('1'); // one order
    await page.screenshot({ path: 'test-results/admin-customers.png', fullPage: true });
    await row.getByRole('link').click();
    await page.getByRole('heading', { name: 'Hoàng Thị Thu', level: 1 }).waitFor();
    expect(
      await page
        .getByRole('region', { name: /Đơn hàng \(1\)/ })
        .getByRole('link')
        .count(),
    ).toBe(1);

    await page.goto(`${baseUrl}/admin/staff`);
    await page.getByLabel('Email').fill(`nhan.vien.${stamp}@audiotailoc.vn`);
    await page.getByLabel('Họ và tên').fill('Nhân Viên Mới');
    await page.getByRole('button', { name: 'Tạo tài khoản và gửi email' }).click();
    await page.getByText(/Đã tạo tài khoản nhân viên cho nhan\.vien\./).waitFor();
    const member = page.getByRole('listitem', { name: 'Nhân Viên Mới' });
    await member.waitFor();
    expect(await member.textContent()).toContain('Chưa đặt mật khẩu');
    // The admin's own row offers no way to lock themselves out.
    const own = page.getByRole('listitem').filter({ hasText: admin.email });
    expect(await own.getByRole('button').count()).toBe(0);
    await page.screenshot({ path: 'test-results/admin-staff.png', fullPage: true });
    await context.close();
  });
});
