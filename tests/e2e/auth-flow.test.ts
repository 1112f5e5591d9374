import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { RATE_LIMITS } from '@/lib/rate-limit/rate-limit';
import { postCredentials } from '../support/accounts';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import type { CaughtMail } from '../support/smtp-sink';

// A shopper's account from the outside, in Chromium against `next start`: /account sends them to sign-in,
// they sign up, verify the e-mail from the link that arrives, sign out, forget the password, reset it
// from the e-mailed link and sign in with the new one; a customer who opens /admin gets the 403 page.
// Then the sign-in limit over HTTP: 429 with Retry-After and a message in Vietnamese.

const baseUrl = inject('baseUrl');
const mailboxUrl = inject('mailboxUrl');
const canRun = Boolean(baseUrl && mailboxUrl) && chromiumAvailable();

/** The link to `path` in the newest e-mail to `to` that has one. */
async function linkFromMail(to: string, path: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  const pattern = new RegExp(`https?://[^\\s"<>]*${path}\\?token=[A-Za-z0-9_-]+`);
  while (Date.now() < deadline) {
    const mails = (await (await fetch(mailboxUrl ?? '')).json()) as CaughtMail[];
    const raws = mails.filter((m) => m.to.includes(to)).map((m) => m.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '='));
    const match = raws
      .map((raw) => pattern.exec(raw))
      .filter(Boolean)
      .at(-1);
    if (match) return new URL(match[0]).pathname + new URL(match[0]).search;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`no e-mail with ${path} for ${to}`);
}

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
}

describe.skipIf(!canRun)('accounts in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('signs up, verifies the e-mail, resets a forgotten password and is refused /admin', async () => {
    const page = await phonePage(browser);
    const email = `khach-${Date.now().toString(36)}@example.vn`;

    await page.goto(`${baseUrl}/account`);
    await page.waitForURL(/\/dang-nhap\?callbackUrl=%2Faccount/);
    await page.getByRole('link', { name: 'Tạo tài khoản mới' }).click();
    await page.waitForURL(/\/dang-ky$/);
    await page.getByRole('heading', { name: 'Tạo tài khoản', level: 1 }).waitFor();
    await page.getByLabel('Họ và tên').fill('Lê Thị Hoa');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('ngan');
    await page.getByLabel('Nhập lại mật khẩu').fill('ngan');
    await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    // The error shows beside the field; what was typed (not the password) is kept.
    await page.getByText('Mật khẩu cần ít nhất 8 ký tự.').waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-cua-hoa');
    await page.getByLabel('Nhập lại mật khẩu').fill('mat-khau-cua-hoa');
    await page.getByLabel(/Tôi đã đọc và đồng ý/).check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    // The same answer whether or not the e-mail had an account: no sign-in yet, a link in the mailbox.
    await page.getByText('Chúng tôi đã gửi email tới địa chỉ bạn nhập.', { exact: false }).waitFor();
    await page.screenshot({ path: 'test-results/account-signed-up.png', fullPage: true });

    await page.goto(`${baseUrl}${await linkFromMail(email, '/xac-minh-email')}`);
    await page.getByText('Email của bạn đã được xác minh.', { exact: false }).waitFor();
    await page.goto(`${baseUrl}/dang-nhap`);
    await signIn(page, email, 'mat-khau-cua-hoa');
    await page.waitForURL(/\/account/);
    await page.getByTestId('account-email').getByText(email, { exact: false }).waitFor();

    // Signing up again with the same e-mail says the same thing, and the owner's password is unchanged.
    const other = await phonePage(browser);
    await other.goto(`${baseUrl}/dang-ky`);
    await other.getByLabel('Họ và tên').fill('Kẻ gian');
    await other.getByLabel('Email').fill(email);
    await other.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-ke-gian');
    await other.getByLabel('Nhập lại mật khẩu').fill('mat-khau-ke-gian');
    await other.getByLabel(/Tôi đã đọc và đồng ý/).check();
    await other.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await other.getByText('Chúng tôi đã gửi email tới địa chỉ bạn nhập.', { exact: false }).waitFor();
    await other.close();

    await page.goto(`${baseUrl}/admin`);
    await page.getByRole('heading', { name: 'Bạn không có quyền truy cập trang này' }).waitFor();

    await page.goto(`${baseUrl}/account`);
    await page.getByRole('button', { name: 'Đăng xuất' }).first().click();
    await page.waitForURL(`${baseUrl}/`);
    await page.goto(`${baseUrl}/account`);
    await page.waitForURL(/\/dang-nhap/);

    await signIn(page, email, 'mat-khau-sai-roi');
    await page.getByText('Email hoặc mật khẩu không đúng.').waitFor();

    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    // The sign-in page has an Email field too: wait until the client navigation has swapped the page.
    await page.getByRole('heading', { name: 'Quên mật khẩu', level: 1 }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Gửi liên kết' }).click();
    await page.getByText('Nếu email này có tài khoản', { exact: false }).waitFor();
    await page.goto(`${baseUrl}${await linkFromMail(email, '/dat-lai-mat-khau')}`);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-hoa');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-hoa');
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click();
    await page.waitForURL(/\/dang-nhap\?dat-lai=1/);
    await signIn(page, email, 'mat-khau-moi-cua-hoa');
    await page.waitForURL(/\/account/);
    await page.getByTestId('account-email').waitFor();
    await page.screenshot({ path: 'test-results/account-after-reset.png', fullPage: true });
  });

  it('answers 429 with Retry-After once an e-mail has used up its sign-in attempts from one address', async () => {
    const email = `gioi-han-${Date.now().toString(36)}@example.vn`;
    for (let i = 0; i < RATE_LIMITS.signInEmailIp.limit; i++) {
      // A caller's own X-Forwarded-For entries come before what our proxy (the loopback, trusted) appended.
      const { res } = await postCredentials(baseUrl ?? '', email, 'sai-mat-khau', {
        'x-forwarded-for': `198.51.100.${i}, 10.50.0.9`,
      });
      expect(res.status).toBe(302); // Auth.js answers a failed sign-in with a redirect to the sign-in page
      expect(res.headers.get('location')).toContain('error=CredentialsSignin');
    }
    const { res } = await postCredentials(baseUrl ?? '', email, 'sai-mat-khau', {
      'x-forwarded-for': '198.51.100.200, 10.50.0.9',
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/quá nhiều lần/);
    // The owner, from their own address, is not locked out by someone else's failures.
    const owner = await postCredentials(baseUrl ?? '', email, 'sai-mat-khau', { 'x-forwarded-for': '10.50.0.10' });
    expect(owner.res.status).toBe(302);
  });

  it('a spoofed X-Forwarded-For does not buy more attempts: 40 sign-ins from one address get 429s', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < RATE_LIMITS.signInIp.limit + 10; i++) {
      const { res } = await postCredentials(baseUrl ?? '', `spoof-${i}-${Date.now()}@example.vn`, 'sai-mat-khau', {
        'x-forwarded-for': `203.0.113.${i}, 10.51.0.1`,
      });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(10);
  });
});
