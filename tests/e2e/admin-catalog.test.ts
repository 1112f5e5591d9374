import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { upsertAccountWithRole } from '@/lib/auth/staff-accounts';
import { chromiumAvailable, launchBrowser, phonePage } from '../support/browser';
import { gradientPng } from '../support/png';
import { connectTestDatabase } from '../support/test-database';

// A staff member on a phone signs in, creates a product with a variant and initial stock (fixing a price
// error on the way), uploads an image, publishes it; the product is then on its storefront page, in search
// and in sitemap.xml at once, although all three were looked at (and cached) before it existed.
// Screenshots of the admin form and the product page land in test-results/.

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const canRun = Boolean(baseUrl && databaseUrl) && chromiumAvailable();

const word = `e${Date.now().toString(36)}`;
const name = `Loa kiểm thử Tài Lộc ${word}`;
const slug = `loa-kiem-thu-tai-loc-${word}`;
const sku = `E2E-${word.toUpperCase()}-XANH`;
const staff = { email: `nhanvien-${word}@example.vn`, password: 'mat-khau-thu-2026', name: 'Nhân viên thử' };

/** Every <loc> of sitemap.xml, following an index into its files. */
async function sitemapUrls(): Promise<string[]> {
  const root = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
  if (!root.includes('<sitemapindex')) return locs(root);
  const files = await Promise.all(locs(root).map(async (u) => (await fetch(u)).text()));
  return files.flatMap(locs);
}

async function searchLinks(page: Page, q: string): Promise<string[]> {
  await page.goto(`${baseUrl}/tim-kiem?q=${encodeURIComponent(q)}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page.locator('main a[href^="/san-pham/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe.skipIf(!canRun)('the admin catalog in Chromium', () => {
  let browser: Browser;
  let imageDir: string;

  beforeAll(async () => {
    const conn = connectTestDatabase(databaseUrl ?? '');
    try {
      await upsertAccountWithRole(conn.db, { ...staff, role: 'staff' });
    } finally {
      await conn.close();
    }
    imageDir = mkdtempSync(path.join(tmpdir(), 'atl-e2e-image-'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    if (imageDir) rmSync(imageDir, { recursive: true, force: true });
  });

  it('creates, illustrates and publishes a product that the storefront, search and sitemap show at once', async () => {
    const shopper = await phonePage(browser);
    // Looked at before it exists: the 404 and the empty search are cached; the edit must expire them.
    expect((await shopper.goto(`${baseUrl}/san-pham/${slug}`))?.status()).toBe(404);
    expect(await searchLinks(shopper, `loa kiem thu tai loc ${word}`)).not.toContain(`/san-pham/${slug}`);
    expect((await sitemapUrls()).some((u) => u.endsWith(`/san-pham/${slug}`))).toBe(false);

    const admin = await phonePage(browser);
    await admin.goto(`${baseUrl}/admin/products/new`);
    await admin.waitForURL(/\/dang-nhap\?callbackUrl=/);
    await admin.getByLabel('Email').fill(staff.email);
    await admin.getByLabel('Mật khẩu').fill(staff.password);
    await admin.getByRole('button', { name: 'Đăng nhập' }).click();
    await admin.waitForURL(`${baseUrl}/admin/products/new`);

    await admin.getByLabel('Tên sản phẩm').fill(name);
    await admin.getByLabel('Danh mục').selectOption({ label: 'Loa › Loa bluetooth' });
    await admin.getByLabel('Thương hiệu').selectOption({ label: 'JBL' });
    await admin.getByLabel('Mô tả ngắn').fill('Loa bluetooth chống nước cho dã ngoại, pin 20 giờ.');
    await admin.getByLabel('Mô tả chi tiết').fill('Âm thanh mạnh mẽ.\n\nKết nối hai loa cùng lúc.');
    await admin.getByLabel('SKU').fill(sku);
    await admin.getByLabel('Giá trị tùy chọn 1').fill('Xanh');
    await admin.getByLabel('Giá bán (₫)').fill('1.990.000');
    await admin.getByLabel('Giá gốc (₫)').fill('1.490.000'); // below the price: refused
    await admin.getByLabel('Tồn kho ban đầu').fill('5');
    await admin.getByLabel('Thông số 1', { exact: true }).selectOption({ label: 'Công suất' });
    await admin.getByLabel('Giá trị thông số 1').fill('30 W');
    await admin.getByRole('button', { name: 'Tạo sản phẩm' }).click();

    const priceError = admin.locator('#f-variants-0-compareAtPrice-error');
    await priceError.waitFor();
    expect(await priceError.textContent()).toBe('Giá gốc phải lớn hơn giá bán, hoặc để trống.');
    expect(await admin.getByLabel('Giá gốc (₫)').getAttribute('aria-invalid')).toBe('true');
    expect(await admin.getByLabel('Tên sản phẩm').inputValue()).toBe(name); // nothing typed is lost
    await admin.screenshot({ path: 'test-results/admin-product-form-error.png', fullPage: true });

    await admin.getByLabel('Giá gốc (₫)').fill('2.290.000');
    await admin.getByRole('button', { name: 'Tạo sản phẩm' }).click();
    await admin.waitForURL(/\/admin\/products\/\d+$/);
    await admin.getByRole('heading', { level: 1, name }).waitFor();
    expect(await admin.getByTestId('product-status').textContent()).toBe('Đang ẩn');
    expect(await admin.getByLabel('SKU').inputValue()).toBe(sku);

    // An image: uploaded to this server (no Cloudinary in tests), with its alt text.
    const file = path.join(imageDir, 'loa-xanh.png');
    writeFileSync(file, gradientPng(480, 360, [30, 90, 160]));
    await admin.getByLabel('Tệp ảnh').setInputFiles(file);
    await admin.getByLabel('Mô tả ảnh (alt)', { exact: true }).fill('Loa kiểm thử màu xanh nhìn chính diện');
    await admin.getByRole('button', { name: 'Tải ảnh lên' }).click();
    await admin.getByTestId('admin-image').first().waitFor();
    expect(await admin.getByTestId('admin-image').count()).toBe(1);

    // A second one, moved to the front with the keyboard-accessible button: it becomes the main image.
    const second = path.join(imageDir, 'loa-mat-sau.png');
    writeFileSync(second, gradientPng(400, 400, [20, 120, 60]));
    await admin.getByLabel('Tệp ảnh').setInputFiles(second);
    await admin.getByLabel('Mô tả ảnh (alt)', { exact: true }).last().fill('Mặt sau của loa kiểm thử');
    await admin.getByRole('button', { name: 'Tải ảnh lên' }).click();
    await admin.getByTestId('admin-image').nth(1).waitFor();
    await admin.getByRole('button', { name: 'Đưa ảnh 2 lên trước' }).click();
    await admin.getByText('Đã lưu thứ tự ảnh.').waitFor();
    expect(await admin.getByTestId('admin-image').first().locator('input[name="alt"]').inputValue()).toBe(
      'Mặt sau của loa kiểm thử',
    );

    await admin.getByRole('button', { name: 'Hiển thị trên cửa hàng' }).click();
    await admin.getByTestId('product-status').filter({ hasText: 'Đang hiển thị' }).waitFor();
    await admin.screenshot({ path: 'test-results/admin-product-form.png', fullPage: true });

    // The storefront, straight away.
    const res = await shopper.goto(`${baseUrl}/san-pham/${slug}`);
    expect(res?.status()).toBe(200);
    expect(await shopper.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    const main = shopper.locator('main');
    expect(await main.textContent()).toContain('1.990.000');
    expect(await main.textContent()).toContain('Công suất');
    // Two paragraphs: the textarea's CRLF line breaks were stored as LF.
    expect(await shopper.locator('section[aria-labelledby="mo-ta"] p').count()).toBe(2);
    // The main (LCP) image is the one moved to the front; its file is served from /uploads through the optimizer.
    const image = shopper.getByRole('img', { name: 'Mặt sau của loa kiểm thử' }).first();
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await shopper.screenshot({ path: 'test-results/admin-created-product-page.png', fullPage: true });

    expect(await searchLinks(shopper, `loa kiem thu tai loc ${word}`)).toContain(`/san-pham/${slug}`);
    expect((await sitemapUrls()).some((u) => u.endsWith(`/san-pham/${slug}`))).toBe(true);

    // The admin list finds it by an accent-free word; the category and brand screens render.
    await admin.goto(`${baseUrl}/admin/products?q=${encodeURIComponent(`kiem thu ${word}`)}`);
    await admin.getByRole('link', { name }).waitFor();
    await admin.screenshot({ path: 'test-results/admin-products-list.png', fullPage: true });
    await admin.goto(`${baseUrl}/admin/categories`);
    await admin.getByRole('link', { name: 'Loa bluetooth' }).waitFor();
    await admin.goto(`${baseUrl}/admin/brands`);
    await admin.getByRole('link', { name: 'JBL', exact: true }).click();
    await admin.waitForURL(/\/admin\/brands\/\d+$/);
    expect(await admin.getByLabel('Tên thương hiệu').inputValue()).toBe('JBL');
  });
});
