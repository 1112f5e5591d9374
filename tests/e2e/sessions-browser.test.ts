import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CookieJar, createAccount, signInOverHttp } from '../support/accounts';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { connectTestDatabase } from '../support/test-database';

// The account's own controls over its sessions, in Chromium against `next start`: changing the password
// ends every session (a copy of the cookie, another browser, and this browser, which moves on to sign-in);
// "Đăng xuất khỏi mọi thiết bị" signs out this browser and every copy of its cookie.

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const canRun = Boolean(baseUrl && databaseUrl) && chromiumAvailable();

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
  await page.waitForURL(/\/account/);
}

/** The browser's cookies, copied as an attacker with the cookie would hold them. */
async function copyCookies(page: Page): Promise<CookieJar> {
  const jar = new CookieJar();
  const lines = (await page.context().cookies()).map((c) => `${c.name}=${c.value}; Path=/`);
  jar.update(new Response(null, { headers: lines.map((l) => ['set-cookie', l] as [string, string]) }));
  return jar;
}

async function accountPageOpens(jar: CookieJar): Promise<boolean> {
  const res = await fetch(`${baseUrl}/account`, { headers: { cookie: jar.header() }, redirect: 'manual' });
  return res.status === 200;
}

describe.skipIf(!canRun)('sessions from the account page in Chromium', () => {
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

  it('a password change ends every session, this one too; sign out everywhere ends them all', async () => {
    const account = await createAccount(conn.db, 'customer', 'sessions');
    const page = await phonePage(browser);
    await signIn(page, account.email, account.password);
    const copied = await copyCookies(page);
    const otherBrowser = await signInOverHttp(baseUrl ?? '', account);
    expect(await accountPageOpens(copied)).toBe(true);
    expect(await accountPageOpens(otherBrowser)).toBe(true);

    await page.goto(`${baseUrl}/account/profile`);
    await page.getByLabel('Mật khẩu hiện tại').fill(account.password);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('mat-khau-moi-cua-toi');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('mat-khau-moi-cua-toi');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    // Every session ended, this browser's too: the page it is on sends it to sign-in.
    await page.waitForURL(/\/dang-nhap/);
    expect(await accountPageOpens(copied)).toBe(false);
    expect(await accountPageOpens(otherBrowser)).toBe(false);
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('mat-khau-moi-cua-toi');
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click();
    await page.waitForURL(/\/account/);
    await page.goto(`${baseUrl}/account/profile`);
    await page.getByRole('heading', { name: 'Thông tin cá nhân' }).waitFor();

    const current = await copyCookies(page);
    expect(await accountPageOpens(current)).toBe(true);
    await page.getByRole('button', { name: 'Đăng xuất khỏi mọi thiết bị' }).click();
    await page.waitForURL(/\/dang-nhap/);
    await page.screenshot({ path: 'test-results/signed-out-everywhere.png', fullPage: true });
    expect(await accountPageOpens(current)).toBe(false);
    await page.goto(`${baseUrl}/account`);
    await page.waitForURL(/\/dang-nhap/);
  });
});
