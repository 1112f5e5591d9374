import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createAccount, signInOverHttp, type TestAccount } from '../support/accounts';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { connectTestDatabase } from '../support/test-database';

// The legal and trust pages against `next start`: the footer carries the trader information and links every
// policy page and the contact page; each of those renders; an admin edits the trader information and a policy
// in /admin and the shop shows the new text (with the Bộ Công Thương badge once its link is set); a customer
// downloads their data as JSON. Screenshots land in test-results/ to be looked at.

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const canRun = Boolean(baseUrl && databaseUrl) && chromiumAvailable();

const POLICIES = [
  ['Điều khoản sử dụng', '/chinh-sach/dieu-khoan-su-dung'],
  ['Mua hàng và thanh toán', '/chinh-sach/mua-hang-thanh-toan'],
  ['Vận chuyển và giao hàng', '/chinh-sach/van-chuyen-giao-hang'],
  ['Đổi trả và hoàn tiền', '/chinh-sach/doi-tra-hoan-tien'],
  ['Bảo hành', '/chinh-sach/bao-hanh'],
  ['Bảo mật thông tin', '/chinh-sach/bao-mat-thong-tin'],
  ['Giải quyết khiếu nại', '/chinh-sach/giai-quyet-khieu-nai'],
] as const;

async function signInInBrowser(page: Page, account: TestAccount, to: string) {
  await page.goto(`${baseUrl}/dang-nhap?callbackUrl=${encodeURIComponent(to)}`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL(new RegExp(`${to.replace(/\//g, '\\/')}$`));
}

describe.skipIf(!canRun)('legal pages, trader information and data rights in Chromium', () => {
  let browser: Browser;
  let conn: ReturnType<typeof connectTestDatabase>;
  beforeAll(async () => {
    browser = await launchBrowser();
    conn = connectTestDatabase(databaseUrl ?? '');
  });
  afterAll(async () => {
    await browser?.close();
    await conn?.close();
  });

  it('the footer links every policy and the contact page, and each renders with its title', async () => {
    const page = await phonePage(browser);
    await page.goto(`${baseUrl}/`);
    const footer = page.locator('footer');
    await footer.waitFor();
    for (const [label, href] of POLICIES) {
      expect(await footer.getByRole('link', { name: label, exact: true }).getAttribute('href')).toBe(href);
    }
    expect(await footer.getByRole('link', { name: 'Liên hệ', exact: true }).getAttribute('href')).toBe('/lien-he');
    expect(await footer.textContent()).toMatch(/Giấy chứng nhận ĐKDN số \d+/);
    expect(await footer.textContent()).toContain('Người chịu trách nhiệm');

    await footer.getByRole('link', { name: 'Bảo mật thông tin', exact: true }).click();
    await page.waitForURL(/\/chinh-sach\/bao-mat-thong-tin$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Chính sách bảo mật thông tin');
    await page.getByText('Nghị định 13/2023/NĐ-CP', { exact: false }).first().waitFor();
    await page.screenshot({ path: 'test-results/legal-privacy-policy.png', fullPage: true });

    for (const [, href] of POLICIES) {
      const res = await page.goto(`${baseUrl}${href}`);
      expect(res?.status()).toBe(200);
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.length).toBeGreaterThan(3);
    }
    const missing = await page.goto(`${baseUrl}/chinh-sach/khong-co-trang-nay`);
    expect(missing?.status()).toBe(404);

    await page.goto(`${baseUrl}/lien-he`);
    await page.getByRole('heading', { name: 'Liên hệ', level: 1 }).waitFor();
    expect(await page.locator('dl').textContent()).toContain('Mã số doanh nghiệp');
    await page.screenshot({ path: 'test-results/legal-contact.png', fullPage: true });
    await page.context().close();
  });

  it('an admin edits the trader information and a policy; the shop shows them, with the Bộ Công Thương badge', async () => {
    const admin = await createAccount(conn.db, 'admin', 'legal-admin');
    const page = await phonePage(browser);
    await signInInBrowser(page, admin, '/admin/legal');
    await page.getByRole('heading', { name: 'Thông tin doanh nghiệp', level: 1 }).waitFor();
    const company = `Công ty TNHH Âm thanh Tài Lộc ${Date.now().toString(36)}`;
    await page.getByLabel('Tên doanh nghiệp').fill(company);
    await page.getByLabel('Người chịu trách nhiệm').fill('Trần Văn Lộc');
    await page.getByLabel('Đường dẫn thông báo Bộ Công Thương').fill('https://online.gov.vn/Home/WebDetails/123456');
    await page.getByLabel('Tình trạng với Bộ Công Thương').selectOption('notified');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã lưu thông tin doanh nghiệp.' }).waitFor();

    await page.goto(`${baseUrl}/lien-he`);
    await page.getByText(company).first().waitFor();
    const badge = page.getByRole('link', { name: 'Đã thông báo Bộ Công Thương' }).first();
    expect(await badge.getAttribute('href')).toBe('https://online.gov.vn/Home/WebDetails/123456');
    expect(await page.locator('footer').textContent()).toContain('Trần Văn Lộc');
    await page.screenshot({ path: 'test-results/legal-contact-edited.png', fullPage: true });

    await page.goto(`${baseUrl}/admin/policies/giai-quyet-khieu-nai`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const editor = page.locator('#policy-body');
    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Khiếu nại được trả lời trong 48 giờ.');
    const publish = page.getByRole('button', { name: /Đăng phiên bản \d+/ });
    const label = (await publish.textContent()) ?? '';
    await publish.click();
    await page.getByRole('status').filter({ hasText: 'Đã đăng phiên bản' }).waitFor();
    await page.screenshot({ path: 'test-results/legal-admin-policy.png', fullPage: true });

    await page.goto(`${baseUrl}/chinh-sach/giai-quyet-khieu-nai`);
    await page.getByText('Khiếu nại được trả lời trong 48 giờ.').waitFor();
    expect(await page.getByText(`Phiên bản ${label.replace(/\D/g, '')}`, { exact: false }).count()).toBe(1);
    expect(await page.getByText('Nội dung mẫu').count()).toBe(0);
    await page.context().close();
  });

  it('a customer downloads their data as JSON from the account area', async () => {
    const customer = await createAccount(conn.db, 'customer', 'legal-customer');
    const page = await phonePage(browser);
    await signInInBrowser(page, customer, '/account/privacy');
    await page.getByRole('heading', { name: 'Dữ liệu cá nhân', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Yêu cầu xóa tài khoản' }).waitFor();
    await page.screenshot({ path: 'test-results/account-privacy.png', fullPage: true });

    const jar = await signInOverHttp(baseUrl ?? '', customer);
    const res = await fetch(`${baseUrl}/api/account/data-export`, { headers: { cookie: jar.header() } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="du-lieu-ca-nhan-\d+\.json"$/);
    const data = (await res.json()) as { account: { email: string }; orders: unknown[]; reviews: unknown[] };
    expect(data.account.email).toBe(customer.email);
    expect(data.orders).toEqual([]);
    expect(data.reviews).toEqual([]);
    const anonymous = await fetch(`${baseUrl}/api/account/data-export`);
    expect(anonymous.status).toBe(401);
    await page.context().close();
  });
});
